// Swagger UI builds its Authorize dialog from the security schemes as they stand when the button is
// pressed. An openIdConnect scheme becomes usable only once Swagger UI has fetched its discovery
// document, which it does in the background after the page has rendered; pressed before that, the
// dialog offers bearer alone, and keeps doing so until the page is reloaded. This plugin shows the
// Authorize button once the security schemes are resolved, discovery included (whether it succeeded
// or not, so that bearer stays usable when the identity provider is down).
window.CadenceSignInReady = function () {
    return {
        wrapComponents: {
            authorizeBtn: function (Original, system) {
                return function (props) {
                    var schemes = system.specSelectors.specResolvedSubtree(["components", "securitySchemes"]);
                    return schemes ? system.React.createElement(Original, props) : null;
                };
            }
        }
    };
};
