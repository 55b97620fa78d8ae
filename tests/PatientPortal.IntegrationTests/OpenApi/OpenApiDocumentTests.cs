using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.OpenApi;

public sealed class OpenApiDocumentTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string DocumentPath = "/openapi/v1.json";

    [Fact]
    public async Task Document_IsNotServedToAnonymousCallers()
    {
        using var response = await portal.Browser().GetAsync(new Uri(DocumentPath, UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("/umbraco/management/api", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/sign-in", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_IsServedToSignedInStaff()
    {
        var admin = await portal.AdminAsync();

        using var response = await admin.GetAsync(new Uri(DocumentPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/umbraco/management/api/v1/patient-portal/chargebands", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NullableEnum_AcceptsNull_WhereThePropertyIsNullable_AndNowhereElse()
    {
        var schemas = await SchemasAsync();
        using var disabled = JsonDocument.Parse("""{"enabled":false,"accessMode":null,"enabledAt":null,"invitesCurrentAndFuturePatients":false}""");
        using var enabled = JsonDocument.Parse("""{"enabled":true,"accessMode":"AllowAndNotify","enabledAt":"2026-11-23T10:00:00+00:00","invitesCurrentAndFuturePatients":true}""");
        using var missingMode = JsonDocument.Parse("""{"accessMode":null}""");

        Assert.Empty(schemas.Problems(schemas.Component("OnlineBookingResponse"), disabled.RootElement));
        Assert.Empty(schemas.Problems(schemas.Component("OnlineBookingResponse"), enabled.RootElement));
        Assert.NotEmpty(schemas.Problems(schemas.Component("EnableOnlineBookingRequest"), missingMode.RootElement));
    }

    [Fact]
    public async Task NoComponentEnum_ListsNull()
    {
        var schemas = await SchemasAsync();

        var withNull = schemas.Document["components"]!["schemas"]!.AsObject()
            .Where(component => component.Value?["enum"] is JsonArray values && values.Any(value => value is null))
            .Select(component => component.Key);

        Assert.Empty(withNull);
    }

    private async Task<OpenApiSchemas> SchemasAsync()
    {
        var admin = await portal.AdminAsync();
        return new OpenApiSchemas(JsonNode.Parse(await admin.GetStringAsync(new Uri(DocumentPath, UriKind.Relative)))!);
    }
}
