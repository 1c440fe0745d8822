/*
 * Alongside's charter wizard in Confluence's create dialog: asks for the group's name before the dialog submits, in
 * the words of the app's i18n bundle (jsI18n transformer). The context provider never trusts this check.
 */
(function () {
    'use strict';
    var Confluence = window.Confluence;
    if (!Confluence || !Confluence.Blueprint || typeof Confluence.Blueprint.setWizard !== 'function') {
        return; // not inside Confluence's create dialog
    }

    Confluence.Blueprint.setWizard('app.alongside.confluence:create-charter', function (wizard) {
        wizard.on('submit.alongsideCharterPage', function (e, state) {
            var group = (state.pageData.charterGroup || '').replace(/^\s+|\s+$/g, '');
            var error = state.$container.find('#alongside-charter-group-error');
            if (!group) {
                error.text(AJS.I18n.getText('alongside.blueprint.charter.error.group.missing'));
                state.$container.find('#alongside-charter-group').attr('aria-invalid', 'true').focus();
                return false;
            }
            error.text('');
            return true;
        });
    });
}());
