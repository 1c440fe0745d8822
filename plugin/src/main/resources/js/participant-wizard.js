/*
 * Alongside's participant page wizard in Confluence's create dialog: asks for the person's name before the dialog
 * submits, in the words of the app's i18n bundle (jsI18n transformer). The context provider never trusts this check.
 */
(function () {
    'use strict';
    var Confluence = window.Confluence;
    if (!Confluence || !Confluence.Blueprint || typeof Confluence.Blueprint.setWizard !== 'function') {
        return; // not inside Confluence's create dialog
    }

    Confluence.Blueprint.setWizard('app.alongside.confluence:create-participant-page', function (wizard) {
        wizard.on('submit.alongsideParticipantPage', function (e, state) {
            var name = (state.pageData.participantName || '').replace(/^\s+|\s+$/g, '');
            var error = state.$container.find('#alongside-participant-name-error');
            if (!name) {
                error.text(AJS.I18n.getText('alongside.blueprint.participant.error.name.missing'));
                state.$container.find('#alongside-participant-name').attr('aria-invalid', 'true').focus();
                return false;
            }
            error.text('');
            return true;
        });
    });
}());
