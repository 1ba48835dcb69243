// Draws the API's schema with the vendored Swagger UI; the page reads well without it.
document.addEventListener("DOMContentLoaded", function () {
  var target = document.getElementById("swagger-ui");
  if (!target || typeof SwaggerUIBundle !== "function") return;
  SwaggerUIBundle({
    url: target.dataset.schema,
    domNode: target,
    deepLinking: false,
    supportedSubmitMethods: ["get"],
  });
});
