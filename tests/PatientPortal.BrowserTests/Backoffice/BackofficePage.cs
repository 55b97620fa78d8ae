using System.Text.Json.Nodes;

namespace PatientPortal.BrowserTests.Backoffice;

/// <summary>
/// The page Umbraco 17 serves for every backoffice address (its UmbracoBackOffice/Index.cshtml): base /umbraco/,
/// the app's import map, its <c>app.element.js</c> entry and an <c>umb-app</c>. Umbraco's own stylesheets ship with
/// its server, not the npm package, so Umbraco UI's stylesheet stands in for them.
/// </summary>
public static class BackofficePage
{
    public static string Html(JsonNode importMap)
    {
        ArgumentNullException.ThrowIfNull(importMap);
        return $$"""
            <!doctype html>
            <html lang="en-GB">
            <head>
              <meta charset="UTF-8" />
              <base href="/umbraco/" />
              <meta name="viewport" content="width=device-width, initial-scale=1.0" />
              <title>Umbraco</title>
              <link rel="stylesheet" href="/umbraco/harness/uui-css.css" />
              <script type="importmap">{{importMap.ToJsonString()}}</script>
              <script type="module" src="/umbraco/backoffice/apps/app/app.element.js"></script>
            </head>
            <body class="uui-font uui-text" style="margin: 0; padding: 0; overflow: hidden">
              <umb-app lang="en-GB"></umb-app>
            </body>
            </html>
            """;
    }
}
