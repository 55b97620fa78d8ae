using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Templates;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.BrowserTests.Templates;

/// <summary>
/// The emails patients get, rendered by Chromium at a phone's width (375 px, as a mobile browser, so the
/// document's viewport counts) and a desktop's (1280 px): the email layout around each purpose's message as
/// the preview renders it (the code that sends), and a real invitation as maildev received it. Screenshots are
/// kept beside the test assembly, in emails/.
/// </summary>
public sealed partial class EmailsInBrowserTests(StripeBrowserPortalFactory portal) : IClassFixture<StripeBrowserPortalFactory>
{
    public static TheoryData<string, string> Purposes => new()
    {
        { "PortalInvitation", "Set up my account" },
        { "PasswordReset", "Choose a new password" },
        { "SignUpConfirmation", "Confirm my email" },
        { "EmailChangeConfirmation", "Confirm my new email address" },
        { "PaymentInAdvance", "Set up my account and pay" },
        { "Recall", "Set up my account and book" },
    };

    [Theory]
    [MemberData(nameof(Purposes))]
    public async Task EachEmail_ReadsWellOnAPhoneAndADesktop(string purpose, string button)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var preview = await scope.ServiceProvider.GetRequiredService<TemplatePreviewService>()
            .PreviewAsync(Enum.Parse<TemplatePurpose>(purpose), MessageChannel.Email, new PreviewTemplateCommand(null, null, null), CancellationToken.None);

        await CheckAsync(preview.Value!.Html!, button, purpose);
    }

    [Fact]
    public async Task ARealInvitation_ReadsWellOnAPhoneAndADesktop()
    {
        var email = Registration.UniqueEmail("layout");
        var selfPay = await portal.QueryAsync(db => db.Chargebands.Where(c => c.Name == "Self-pay").Select(c => c.Id).FirstAsync());
        var patientId = await portal.AddPatientAsync(selfPay, email);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<InvitationService>().InviteAsync(patientId, "admin", CancellationToken.None)).Succeeded);
        }

        var received = Assert.Single(await portal.Mail.WaitForEmailsAsync(email));

        await CheckAsync(received.Html!, "Set up my account", "PortalInvitation-sent");
    }

    [Fact]
    public async Task TheLayout_IsEditedOnTheTemplatesScreen_WithoutASubject_AndPreviewedAroundTheSampleMessage()
    {
        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        await page.GotoAsync("/admin/templates");
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit the Email layout (every email) Email template" }).ClickAsync();

        var body = page.GetByLabel("Body (HTML)");
        await TemplateText.ExpectValueAsync(body, new Regex(@"\{\{ content \}\}"));
        await Assertions.Expect(page.GetByLabel("Subject")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Insert content" })).ToBeVisibleAsync();
        var preview = page.FrameLocator("iframe[title='Email preview (HTML)']");
        await Assertions.Expect(preview.GetByRole(AriaRole.Link, new() { Name = "Set up my account" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Email text part")).ToContainTextAsync("Kind regards,");

        // Edited live: the preview follows the unsaved layout.
        await body.FillAsync("<div style=\"padding:8px;\"><p>From the whole team</p>{{ content }}</div>");
        await Assertions.Expect(preview.GetByText("From the whole team")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Email text part")).Not.ToContainTextAsync("Kind regards,");
        await page.ScreenshotAsync("templates-email-layout");
    }

    private async Task CheckAsync(string html, string button, string name)
    {
        foreach (var (width, phone) in new[] { (375, true), (1280, false) })
        {
            await using var context = await portal.Chromium.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new() { Width = width, Height = phone ? 812 : 900 },
                IsMobile = phone,
                HasTouch = phone,
                DeviceScaleFactor = phone ? 2 : 1,
            });
            var page = await context.NewPageAsync();
            await page.SetContentAsync(html);
            var at = $"{name} at {width} px";

            Assert.Equal(("html", "en-GB"), (await page.EvaluateAsync<string>("() => document.doctype?.name ?? ''"), await page.EvaluateAsync<string>("() => document.documentElement.lang")));
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{at}: the email scrolls sideways.");

            var link = page.GetByRole(AriaRole.Link, new() { Name = button, Exact = true });
            await Assertions.Expect(link).ToBeVisibleAsync();
            var box = (await link.BoundingBoxAsync())!;
            Assert.True(box.Height >= 44 && box.Width >= 44, $"{at}: the button is {box.Width} x {box.Height} px; a finger needs 44 x 44.");
            Assert.True(box.X >= 0 && box.X + box.Width <= width, $"{at}: the button runs off the screen ({box.X} + {box.Width}).");
            var (text, background) = (await link.EvaluateAsync<string>("a => getComputedStyle(a).color"), await link.EvaluateAsync<string>("a => getComputedStyle(a.parentElement).backgroundColor"));
            Assert.True(PracticeBrand.Contrast(Hex(text), Hex(background)) >= PracticeBrand.MinimumContrast, $"{at}: the button's text {text} on {background} is hard to read.");

            var card = await page.EvaluateAsync<double>("() => document.querySelector('table table').getBoundingClientRect().width");
            Assert.True(card <= Math.Min(600, width), $"{at}: the email is {card} px wide.");
            Assert.True(await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('table table p')).fontSize)") >= 16, $"{at}: the text is smaller than 16 px.");
            await Assertions.Expect(page.GetByText("Phone: 020 7946 0000")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText(new Regex("^You are getting this email because"))).ToBeVisibleAsync();

            Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "emails"));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "emails", $"{name}-{width}.png"), FullPage = true });
        }
    }

    /// <summary>A computed colour (<c>rgb(11, 92, 171)</c>) as #RRGGBB.</summary>
    private static string Hex(string computed)
    {
        var parts = Rgb().Match(computed).Groups.Values.Skip(1).Select(group => int.Parse(group.Value, CultureInfo.InvariantCulture)).ToArray();
        Assert.True(parts.Length == 3, $"Not an rgb() colour: {computed}");
        return $"#{parts[0]:X2}{parts[1]:X2}{parts[2]:X2}";
    }

    [GeneratedRegex(@"rgba?\((\d+),\s*(\d+),\s*(\d+)")]
    private static partial Regex Rgb();
}
