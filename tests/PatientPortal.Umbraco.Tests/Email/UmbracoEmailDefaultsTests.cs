using System.Net.Mail;
using Microsoft.Extensions.Configuration;
using PatientPortal.Infrastructure.Email;
using PatientPortal.Umbraco.Email;
using Umbraco.Cms.Core.Configuration.Models;
using MailKitSocketOptions = MailKit.Security.SecureSocketOptions;

namespace PatientPortal.Umbraco.Tests.Email;

public class UmbracoEmailDefaultsTests
{
    private static readonly string ContentRoot = Path.Combine(Path.GetTempPath(), "patient-portal-umbraco-site");

    [Fact]
    public void WithoutSettingsOfItsOwn_ThePackageTakesUmbracosSmtpServer_SignInAndSender()
    {
        var umbraco = UmbracoEmailDefaults.Resolve(Configuration(
            ("Umbraco:CMS:Global:Smtp:Host", "smtp.clinic.example"),
            ("Umbraco:CMS:Global:Smtp:Port", "2525"),
            ("Umbraco:CMS:Global:Smtp:From", "website@clinic.example"),
            ("Umbraco:CMS:Global:Smtp:Username", "mailer"),
            ("Umbraco:CMS:Global:Smtp:Password", "secret"),
            ("Umbraco:CMS:Global:Smtp:SecureSocketOptions", "SslOnConnect")));
        var options = new EmailOptions();

        UmbracoEmailDefaults.Apply(Assert.IsType<SmtpSettings>(umbraco), options, ownFrom: false, ContentRoot);

        Assert.Equal(EmailDeliveryMethod.Network, options.DeliveryMethod);
        Assert.Equal(("smtp.clinic.example", 2525, MailKitSocketOptions.SslOnConnect), (options.Host, options.Port, options.SecureSocketOptions));
        Assert.Equal(("mailer", "secret"), (options.Username, options.Password));
        Assert.Equal("website@clinic.example", options.From);
        Assert.Equal("Umbraco:CMS:Global:Smtp", options.SettingsSource);
    }

    [Theory]
    [InlineData("Auto", 587, MailKitSocketOptions.StartTls)]
    [InlineData("Auto", 465, MailKitSocketOptions.SslOnConnect)]
    [InlineData("StartTls", 587, MailKitSocketOptions.StartTls)]
    [InlineData("StartTlsWhenAvailable", 587, MailKitSocketOptions.StartTlsWhenAvailable)]
    [InlineData("None", 25, MailKitSocketOptions.None)]
    public void UmbracosAuto_NeverSendsInClear_WhileAnExplicitChoiceIsKept(string umbraco, int port, MailKitSocketOptions expected)
    {
        var options = new EmailOptions();

        UmbracoEmailDefaults.Apply(Smtp(("Host", "smtp.clinic.example"), ("Port", $"{port}"), ("SecureSocketOptions", umbraco)), options, ownFrom: false, ContentRoot);

        Assert.Equal(expected, options.SecureSocketOptions);
    }

    [Fact]
    public void UmbracosPickupFolder_IsUsed_UnderTheContentRootWhenRelative()
    {
        var options = new EmailOptions();

        UmbracoEmailDefaults.Apply(Smtp(("DeliveryMethod", nameof(SmtpDeliveryMethod.SpecifiedPickupDirectory)), ("PickupDirectoryLocation", "umbraco/Data/mail")), options, ownFrom: false, ContentRoot);

        Assert.Equal(EmailDeliveryMethod.SpecifiedPickupDirectory, options.DeliveryMethod);
        Assert.Equal(Path.Combine(ContentRoot, "umbraco/Data/mail"), options.PickupDirectoryLocation);
    }

    [Fact]
    public void ASenderOfThePackagesOwn_StaysWhenUmbracosServerIsUsed()
    {
        var options = new EmailOptions { From = "portal@clinic.example" };

        UmbracoEmailDefaults.Apply(Smtp(("Host", "smtp.clinic.example"), ("From", "website@clinic.example")), options, ownFrom: true, ContentRoot);

        Assert.Equal("portal@clinic.example", options.From);
    }

    [Theory]
    [InlineData("PatientPortal:Email:Host", "smtp.portal.example")]
    [InlineData("PatientPortal:Email:DeliveryMethod", "SpecifiedPickupDirectory")]
    [InlineData("PatientPortal:Email:PickupDirectoryLocation", "App_Data/mail")]
    public void SettingsOfThePackagesOwn_Win(string key, string value)
    {
        Assert.Null(UmbracoEmailDefaults.Resolve(Configuration(("Umbraco:CMS:Global:Smtp:Host", "smtp.clinic.example"), (key, value))));
    }

    [Fact]
    public void AnUmbracoSiteWithoutAnSmtpHostOrPickupFolder_LeavesThePackagesDefaults()
    {
        Assert.Null(UmbracoEmailDefaults.Resolve(Configuration(("Umbraco:CMS:Global:Smtp:From", "website@clinic.example"))));
    }

    private static SmtpSettings Smtp(params (string Key, string Value)[] values) =>
        Assert.IsType<SmtpSettings>(UmbracoEmailDefaults.Resolve(Configuration(values.Select(pair => ("Umbraco:CMS:Global:Smtp:" + pair.Key, pair.Value)).ToArray())));

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value))).Build();
}
