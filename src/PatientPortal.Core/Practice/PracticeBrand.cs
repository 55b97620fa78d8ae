using System.Globalization;

namespace PatientPortal.Core.Practice;

/// <summary>
/// How the practice looks in its emails: a logo and one colour, with the colour of text written on it. Checked on
/// start by <see cref="Problem"/> (data annotations do not reach into nested options).
/// </summary>
public sealed class PracticeBrand
{
    /// <summary>An absolute http(s) address of the logo image; without one the emails show the practice's name.</summary>
    public Uri? LogoUrl { get; set; }

    /// <summary>The practice's colour (<c>#RRGGBB</c>): the emails' header band and their buttons.</summary>
    public string Colour { get; set; } = "#0B5CAB";

    /// <summary>The colour of text on <see cref="Colour"/> (<c>#RRGGBB</c>).</summary>
    public string TextOnColour { get; set; } = "#FFFFFF";

    /// <summary>WCAG 2's minimum contrast for normal text (AA).</summary>
    public const double MinimumContrast = 4.5;

    /// <summary>Why these settings cannot be used, or null when they can.</summary>
    public string? Problem()
    {
        if (LogoUrl is { } logo && (!logo.IsAbsoluteUri || logo.Scheme is not ("https" or "http")))
        {
            return "PatientPortal:Practice:Brand:LogoUrl must be an absolute http or https address.";
        }

        if (!IsHexColour(Colour) || !IsHexColour(TextOnColour))
        {
            return "PatientPortal:Practice:Brand:Colour and TextOnColour are colours written #RRGGBB.";
        }

        var contrast = Contrast(Colour, TextOnColour);
        return contrast < MinimumContrast
            ? $"PatientPortal:Practice:Brand:TextOnColour on Colour has a contrast of {contrast.ToString("0.0", CultureInfo.InvariantCulture)}:1; text on buttons needs at least {MinimumContrast.ToString(CultureInfo.InvariantCulture)}:1 to be readable."
            : null;
    }

    /// <summary>The contrast ratio of two #RRGGBB colours, as WCAG 2 defines it (1 to 21).</summary>
    public static double Contrast(string first, string second)
    {
        var (a, b) = (Luminance(first), Luminance(second));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static bool IsHexColour(string? colour) =>
        colour is { Length: 7 } && colour[0] == '#' && colour.Skip(1).All(char.IsAsciiHexDigit);

    private static double Luminance(string colour)
    {
        double Channel(int at)
        {
            var value = int.Parse(colour.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
