/*
 * Alongside's blueprint wizards in Confluence's create dialog: checks before the dialog submits, in the words of
 * the app's i18n bundle (jsI18n transformer). The server-side context providers never trust these checks.
 */
(function () {
    'use strict';
    var Confluence = window.Confluence;
    if (!Confluence || !Confluence.Blueprint || typeof Confluence.Blueprint.setWizard !== 'function') {
        return; // not inside Confluence's create dialog
    }
    var PLUGIN_KEY = 'app.alongside.confluence';

    function pad(n) {
        return n < 10 ? '0' + n : String(n);
    }

    Confluence.Blueprint.setWizard(PLUGIN_KEY + ':create-meeting', function (wizard) {
        wizard.on('post-render.alongsideMeetingPage', function (e, state) {
            var field = state.$container.find('#alongside-meeting-date');
            if (field.length && !field.val()) {
                var today = new Date();
                field.val(pad(today.getDate()) + '/' + pad(today.getMonth() + 1) + '/' + today.getFullYear());
            }
        });
    });

    Confluence.Blueprint.setWizard(PLUGIN_KEY + ':create-decision-record', function (wizard) {
        wizard.on('submit.alongsideDecisionPage', function (e, state) {
            var title = (state.pageData.decisionTitle || '').replace(/^\s+|\s+$/g, '');
            var error = state.$container.find('#alongside-decision-title-error');
            if (!title) {
                error.text(AJS.I18n.getText('alongside.blueprint.decision.error.title.missing'));
                state.$container.find('#alongside-decision-title').attr('aria-invalid', 'true').focus();
                return false;
            }
            error.text('');
            return true;
        });
    });
}());
