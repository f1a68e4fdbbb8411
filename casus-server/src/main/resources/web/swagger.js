// Swagger UI for the Casus API. The spec and every "Try it out" call carry the bearer token of the
// workbench session (sessionStorage, the same tab's login), so log in on the workbench first.
(function () {
  'use strict';
  var token = sessionStorage.getItem('casus.token');
  var status = document.getElementById('api-auth');
  status.textContent = token
    ? 'Calls are sent with the token of your workbench session.'
    : 'Not logged in: log in on the workbench (in this tab), then come back to read the API and try it out.';
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    tryItOutEnabled: false,
    requestInterceptor: function (request) {
      var current = sessionStorage.getItem('casus.token');
      if (current && !request.headers.Authorization) {
        request.headers.Authorization = 'Bearer ' + current;
      }
      return request;
    },
  });
}());
