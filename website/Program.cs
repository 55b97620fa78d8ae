using Microsoft.AspNetCore.Authentication.Cookies;
using PatientPortal.Web.Common;
using PatientPortal.Web;
using PatientPortal.Web.Jobs;
using PatientPortal.Web.Permissions;
using PatientPortal.Website;
using PatientPortal.Website.Admin;
using PatientPortal.Website.DemoData;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddPatientPortal(builder.Configuration);
builder.Services.AddAdminSignIn(builder.Configuration);
builder.Services.PostConfigure<CookieAuthenticationOptions>(AdminAuthentication.Scheme, options => options.Events.KeepRedirectsLocal());
builder.Services.AddHostedService<DemoDataSeeder>();
builder.Services.AddOpenApi();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler();
    app.UseHsts();
}

app.UseWebsiteSecurityHeaders();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
// The document describes every management call: staff only, as the API itself.
app.MapOpenApi().RequireAuthorization(BackOfficePolicy.Name, PatientPortalPolicies.SectionAccess);
app.MapPatientPortal();
app.MapPatientPortalJobsDashboard("/admin/jobs", appPath: "/admin");
app.MapAdminSignIn();
app.MapWebsitePages();

app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
