using Microsoft.Playwright;

namespace PatientPortal.BrowserTests;

/// <summary>What every public patient page must have, checked on each page state a test reaches.</summary>
public static class PatientPages
{
    /// <summary>The demo practice's contact details (website/appsettings.json), which every footer shows.</summary>
    public const string PracticePhone = "020 7946 0000";

    public const string PracticeEmail = "reception@riverside-clinic.example";

    /// <summary>The practice's phone and email in the page's footer, and no axe-core violation.</summary>
    public static async Task AssertContactsAndAccessibleAsync(IPage page, string state)
    {
        ArgumentNullException.ThrowIfNull(page);
        var footer = page.GetByRole(AriaRole.Contentinfo);
        await Assertions.Expect(footer.GetByRole(AriaRole.Link, new() { Name = PracticePhone })).ToHaveAttributeAsync("href", "tel:02079460000");
        await Assertions.Expect(footer.GetByRole(AriaRole.Link, new() { Name = PracticeEmail })).ToHaveAttributeAsync("href", $"mailto:{PracticeEmail}");
        await Axe.AssertNoViolationsAsync(page, state);
    }
}
