using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.BrowserTests.Templates;

/// <summary>The message templates screen (the package's elements) in Chromium: editing, live preview, SMS segments, located errors, history.</summary>
public sealed partial class TemplatesScreenTests(BrowserPortalFactory portal) : IClassFixture<BrowserPortalFactory>
{
    [Fact]
    public async Task Admin_EditsTheRecallSms_SeesThePreviewAndSegmentCountChange_IsShownWhereASaveWentWrong_SavesAndReverts()
    {
        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        await page.GotoAsync("/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Message templates" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit the Recall SMS template" }).ClickAsync();

        var body = page.GetByLabel("Text message", new() { Exact = true });
        var counter = page.Locator("#sms-length");
        var preview = page.GetByLabel("Text message preview");
        await Assertions.Expect(counter).ToHaveTextAsync(GsmSegments());
        await Assertions.Expect(preview).ToContainTextAsync("you are due for your");
        var original = await TemplateText.ValueAsync(body);
        await page.ScreenshotAsync("templates-recall-sms");

        // The counter follows the text as it is typed: 160 GSM-7 characters are one segment, 161 are two.
        await body.FillAsync(new string('a', 159));
        await Assertions.Expect(counter).ToHaveTextAsync("159 characters · GSM-7 · 1 segment");
        await body.PressSequentiallyAsync("b");
        await Assertions.Expect(counter).ToHaveTextAsync("160 characters · GSM-7 · 1 segment");
        await body.PressSequentiallyAsync("c");
        await Assertions.Expect(counter).ToHaveTextAsync("161 characters · GSM-7 · 2 segments");
        await Assertions.Expect(preview).ToContainTextAsync("abc");
        await page.ScreenshotAsync("templates-recall-sms-two-segments");

        // An emoji makes the whole message UCS-2.
        await body.FillAsync("Time for your check-up 🙂");
        await Assertions.Expect(counter).ToHaveTextAsync(new Regex(@"· UCS-2 · 1 segment$"));
        await page.ScreenshotAsync("templates-recall-sms-ucs2");

        // The token picker, by keyboard: it inserts at the cursor (the end of the text) and the preview renders the sample link.
        await body.FillAsync("Time for your check-up: ");
        await page.TabUntilAsync(name => name == "Insert TRD89");
        await page.Keyboard.PressAsync("Enter");
        await TemplateText.ExpectValueAsync(body, "Time for your check-up: {{ TRD89 }}");
        await Assertions.Expect(preview).ToContainTextAsync(new Regex("Time for your check-up: https?://"));
        await Assertions.Expect(counter).ToHaveTextAsync(GsmSegments());
        await page.ScreenshotAsync("templates-recall-sms-token-inserted");

        // A token of another purpose: the save is refused, the problem shows at its line and column next to the body, which takes the focus.
        await body.FillAsync("Time for your check-up.\nYour appointment is on {{ appointment.date }}.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        var bodyProblems = page.Locator("#body-problems");
        await Assertions.Expect(bodyProblems).ToContainTextAsync(new Regex(@"Line 2, column \d+: "));
        await Assertions.Expect(bodyProblems).ToContainTextAsync("appointment.date");
        await Assertions.Expect(body).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Equal("body", await FocusedIdAsync(page));
        await page.ScreenshotAsync("templates-recall-sms-refused");

        // A good text saves as a new version, which the history lists.
        const string good = "{{ practice.name }}: time for your {{ service.name }}. Book online: {{ TRD89 }}";
        await body.FillAsync(good);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        var saved = page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved as version" });
        await Assertions.Expect(saved).ToHaveTextAsync(new Regex(@"^Saved as version \d+\.$"));
        var version = int.Parse(VersionNumber().Match(await saved.InnerTextAsync()).Value, System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(bodyProblems).ToBeHiddenAsync();
        var history = page.GetByRole(AriaRole.Table, new() { Name = "Version history" });
        await Assertions.Expect(history.GetByRole(AriaRole.Cell, new() { Name = $"{version} (current)", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(history.GetByRole(AriaRole.Row).Filter(new() { HasText = $"{version} (current)" })).ToContainTextAsync("admin");
        await page.ScreenshotAsync("templates-recall-sms-saved");

        // Revert to the version before, confirmed in a dialog: a new version with the earlier text.
        var earlier = version - 1;
        await history.GetByRole(AriaRole.Button, new() { Name = $"Revert to version {earlier}" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = $"Revert to version {earlier}?" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.ScreenshotAsync("templates-recall-sms-revert-confirm");
        await dialog.GetByRole(AriaRole.Button, new() { Name = $"Revert to version {earlier} now" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Reverted" }))
            .ToHaveTextAsync($"Reverted to version {earlier}: saved as version {version + 1}.");
        await TemplateText.ExpectValueAsync(body, original);
        await Assertions.Expect(history.GetByRole(AriaRole.Row).Filter(new() { HasText = $"{version + 1} (current)" })).ToContainTextAsync($"Reverted to version {earlier}");
        await page.ScreenshotAsync("templates-recall-sms-reverted");
    }

    [Fact]
    public async Task TheEmailPreview_ShowsTheHtmlInASandbox_AndTheTextPart_ForAChosenPatient()
    {
        var familyName = $"Previewfamily{Guid.NewGuid():N}"[..20];
        await portal.AddPatientAsync(await portal.CreateChargebandAsync($"Preview {Guid.NewGuid():N}"[..16]), Registration.UniqueEmail("preview"), familyName: familyName);
        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        await page.GotoAsync("/admin/templates");
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit the Payment in advance Email template" }).ClickAsync();

        var frame = page.Locator("iframe[title='Email preview (HTML)']");
        await Assertions.Expect(frame).ToHaveAttributeAsync("sandbox", string.Empty);
        await Assertions.Expect(page.Locator("#preview-subject")).ToContainTextAsync("Please pay for your video consultation");
        await Assertions.Expect(page.GetByLabel("Email text part")).ToContainTextAsync("Dear ");

        // A chosen patient: their name in the HTML and the text part.
        await page.GetByLabel("Find a patient to preview for").FillAsync(familyName);
        var patients = page.GetByLabel("Preview for", new() { Exact = true });
        await Assertions.Expect(patients.Locator("option", new() { HasText = familyName })).ToHaveCountAsync(1);
        await patients.SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Assertions.Expect(page.GetByLabel("Email text part")).ToContainTextAsync("Dear Mary");
        await Assertions.Expect(page.FrameLocator("iframe[title='Email preview (HTML)']").GetByText("Dear Mary")).ToBeVisibleAsync();

        // The subject is edited live too, and a token goes into the field the cursor was last in.
        var subject = page.GetByLabel("Subject");
        await subject.FillAsync("Payment due: ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Insert appointment.date" }).ClickAsync();
        await TemplateText.ExpectValueAsync(subject, "Payment due: {{ appointment.date }}");
        await Assertions.Expect(page.Locator("#preview-subject")).ToHaveTextAsync(new Regex(@"^Payment due: \S"));
        await Assertions.Expect(page.FrameLocator("iframe[title='Email preview (HTML)']").GetByText("Dear Mary")).ToBeVisibleAsync();
        await page.ScreenshotAsync("templates-payment-email-preview");
        await frame.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "templates-payment-email-html.png") });
    }

    [Fact]
    public async Task ASaveOverSomeoneElsesSave_SaysSo_AndReloadShowsTheirText()
    {
        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        await page.GotoAsync("/admin/templates");
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit the Password reset SMS template" }).ClickAsync();
        var body = page.GetByLabel("Text message", new() { Exact = true });
        await TemplateText.ExpectValueAsync(body, new Regex("choose a new patient portal password"));
        await body.PressSequentiallyAsync(" Thanks.");

        // Another admin saves the same template in the meantime.
        string theirs;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var templates = scope.ServiceProvider.GetRequiredService<TemplateService>();
            var current = (await templates.GetAsync(TemplatePurpose.PasswordReset, MessageChannel.Sms, CancellationToken.None)).Value!;
            theirs = current.Body + " (changed elsewhere)";
            var saved = await templates.SaveAsync(TemplatePurpose.PasswordReset, MessageChannel.Sms, new SaveTemplateCommand(null, theirs, current.Version), "another admin", CancellationToken.None);
            Assert.True(saved.Succeeded);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        var conflict = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Someone else saved this template" });
        await Assertions.Expect(conflict).ToContainTextAsync("another admin");
        await page.ScreenshotAsync("templates-save-conflict");

        await conflict.GetByRole(AriaRole.Button, new() { Name = "Reload the saved template (your changes are dropped)" }).ClickAsync();
        await TemplateText.ExpectValueAsync(body, theirs);
        await Assertions.Expect(conflict).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Reloaded" })).ToHaveTextAsync(new Regex(@"^Reloaded version \d+\.$"));
    }

    [Fact]
    public async Task ARefusedSave_IsMarkedInTheEditor_GoToLinePutsTheCursorOnIt_AndTheFixedTextSaves_EachStateWithoutAxeViolations()
    {
        var (context, page) = await AdminBrowser.SignInForAxeAsync(portal);
        await using var _ = context;
        await page.GotoAsync("/admin/templates");
        await page.GetByRole(AriaRole.Button, new() { Name = "Edit the Sign-up confirmation Email template" }).ClickAsync();
        var body = page.GetByLabel("Body (HTML)", new() { Exact = true });
        await TemplateText.ExpectValueAsync(body, new Regex(@"\{\{ link \| button"));
        await Assertions.Expect(page.GetByLabel("Email text part")).ToContainTextAsync("Dear ");
        await Axe.AssertNoScreenViolationsAsync(page, "the sign-up confirmation email template, loaded with its preview");

        // A token of another purpose on a new last line: the preview says so as it is typed.
        var original = await TemplateText.ValueAsync(body);
        var line = original.Split('\n').Length + 1;
        await body.FillAsync($"{original}\n<p>{{{{ appointment.date }}}}</p>");
        await Assertions.Expect(page.Locator("#preview-problems")).ToContainTextAsync($"Line {line}, column ");
        await Axe.AssertNoScreenViolationsAsync(page, "the template's preview listing what would not be saved");

        // Saved anyway: refused, the problem marked in the gutter and listed with a button to its line.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        var bodyProblems = page.Locator("#body-problems");
        await Assertions.Expect(bodyProblems).ToContainTextAsync($"Line {line}, column ");
        await Assertions.Expect(bodyProblems).ToContainTextAsync("appointment.date");
        await Assertions.Expect(TemplateText.EditorOf(body).Locator(".cm-gutter-lint .cm-lint-marker-error")).ToHaveCountAsync(1);
        await page.ScreenshotAsync("templates-signup-email-refused");
        await Axe.AssertNoScreenViolationsAsync(page, "a refused template save with its problems");

        // The cursor elsewhere first (the refused save put it on the problem), then "Go to line" takes it back there.
        await body.PressAsync("Control+Home");
        Assert.Equal(1, await TemplateText.CursorLineAsync(body));
        await bodyProblems.GetByRole(AriaRole.Button, new() { Name = $"Go to line {line}", Exact = true }).ClickAsync();
        Assert.Equal(line, await TemplateText.CursorLineAsync(body));
        Assert.Equal("body", await FocusedIdAsync(page));

        // Fixed on that line, the text saves, and the history offers the version before.
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.PressAsync("Shift+Home");
        await page.Keyboard.InsertTextAsync("<p>See you soon.</p>");
        await TemplateText.ExpectValueAsync(body, $"{original}\n<p>See you soon.</p>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved as version" })).ToHaveTextAsync(new Regex(@"^Saved as version \d+\.$"));
        await Assertions.Expect(bodyProblems).ToBeHiddenAsync();
        await Assertions.Expect(TemplateText.EditorOf(body).Locator(".cm-lint-marker-error")).ToHaveCountAsync(0);
        var history = page.GetByRole(AriaRole.Table, new() { Name = "Version history" });
        await Assertions.Expect(history.GetByRole(AriaRole.Button, new() { NameRegex = new("^Revert to version ") }).First).ToBeVisibleAsync();
        await Axe.AssertNoScreenViolationsAsync(page, "the template saved, its version history listing the versions before");

        // The revert question, and nothing reverted when it is cancelled.
        await history.GetByRole(AriaRole.Button, new() { NameRegex = new("^Revert to version ") }).First.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { NameRegex = new(@"^Revert to version \d+\?$") });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Axe.AssertNoScreenViolationsAsync(page, "the question before reverting a template");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await TemplateText.ExpectValueAsync(body, $"{original}\n<p>See you soon.</p>");
    }

    private static Regex GsmSegments() => new(@"^\d+ characters · GSM-7 · \d+ segments?$");

    [GeneratedRegex(@"\d+")]
    private static partial Regex VersionNumber();

    /// <summary>The id of the element that has the keyboard focus, looking inside shadow roots.</summary>
    private static Task<string?> FocusedIdAsync(IPage page) =>
        page.EvaluateAsync<string?>("""
            () => {
              let element = document.activeElement;
              while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
              return element?.id ?? null;
            }
            """);
}
