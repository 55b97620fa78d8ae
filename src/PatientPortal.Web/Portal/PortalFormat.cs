using System.Globalization;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Practice;

namespace PatientPortal.Web.Portal;

/// <summary>Times on the practice's wall clock and amounts in the practice's currency, as the portal pages show them.</summary>
public sealed class PortalFormat(IOptions<PracticeOptions> practice, PracticeClock clock)
{
    // The same culture as the messages, so a page and the email that linked to it write amounts and dates alike.
    private readonly CultureInfo _culture = CultureInfo.GetCultureInfo(practice.Value.Culture);

    public string PracticeName => practice.Value.Name;

    /// <summary>"Tuesday 1 September 2026 at 10:00", in the practice's time zone (where the patient is seen).</summary>
    public string When(DateTimeOffset start) =>
        TimeZoneInfo.ConvertTime(start, clock.TimeZone).ToString("dddd d MMMM yyyy 'at' HH:mm", _culture);

    /// <summary>"Tuesday 16 June 2026".</summary>
    public string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", _culture);

    /// <summary>"£70.00".</summary>
    public string Money(decimal amount) => amount.ToString("C", _culture);

    public static string Duration(int minutes) => minutes switch
    {
        < 60 => $"{minutes} minutes",
        _ when minutes % 60 == 0 => minutes == 60 ? "1 hour" : $"{minutes / 60} hours",
        _ => $"{minutes / 60} h {minutes % 60} min",
    };
}
