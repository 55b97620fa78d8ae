using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Moq;
using PatientPortal.Umbraco.Jobs;
using PatientPortal.Web.Permissions;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.DependencyInjection;

namespace PatientPortal.Umbraco.Tests.Jobs;

/// <summary>The dashboard as an Umbraco site maps it: checked on the endpoint's metadata, with no Umbraco server.</summary>
public class UmbracoJobsDashboardTests
{
    [Fact]
    public async Task TheDashboard_AsksForTheBackofficeCookie_AndThePatientDataPolicy_OnEveryPathUnderIt()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["ConnectionStrings:PatientPortal"] = "Data Source=unused.db";
        var umbraco = new Mock<IUmbracoBuilder>(MockBehavior.Strict);
        umbraco.SetupGet(site => site.Services).Returns(builder.Services);
        umbraco.SetupGet(site => site.Config).Returns(builder.Configuration);
        new PatientPortalComposer().Compose(umbraco.Object);
        await using var app = builder.Build();

        app.MapPatientPortalJobsDashboardInBackOffice();

        var endpoint = Assert.Single(((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>());
        Assert.StartsWith(UmbracoJobsDashboard.DefaultPattern + "/{", endpoint.RoutePattern.RawText, StringComparison.Ordinal);
        var authorize = Assert.Single(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>());
        Assert.Equal(PatientPortalPolicies.PatientData, authorize.Policy);
        Assert.Equal(Constants.Security.BackOfficeAuthenticationType, authorize.AuthenticationSchemes);
    }
}
