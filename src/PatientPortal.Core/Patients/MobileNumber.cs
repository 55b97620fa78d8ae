using System.Diagnostics.CodeAnalysis;
using PhoneNumbers;

namespace PatientPortal.Core.Patients;

/// <summary>
/// Reads a phone number the way a patient writes it and stores it in E.164 (<c>+447911123456</c>): a mobile for
/// texts (<see cref="TryNormalize"/>), or any number to call (<see cref="TryNormalizePhone"/>).
/// </summary>
public static class MobileNumber
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static bool TryNormalize(string? input, string defaultRegion, [NotNullWhen(true)] out string? e164, [NotNullWhen(false)] out string? error)
    {
        e164 = null;
        if (!TryParse(input, defaultRegion, "Enter a mobile number.", "Enter a mobile number, such as 07911 123456 or +44 7911 123456.", out var number, out error))
        {
            return false;
        }

        if (Util.GetNumberType(number) is not (PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE))
        {
            error = "Enter a mobile number: we send text messages to it.";
            return false;
        }

        e164 = Util.Format(number, PhoneNumberFormat.E164);
        return true;
    }

    /// <summary>Any valid number, landlines too: one the practice can call.</summary>
    public static bool TryNormalizePhone(string? input, string defaultRegion, [NotNullWhen(true)] out string? e164, [NotNullWhen(false)] out string? error)
    {
        e164 = null;
        if (!TryParse(input, defaultRegion, "Enter the phone number to call you on.", "Enter a phone number, such as 020 7946 0000 or 07911 123456.", out var number, out error))
        {
            return false;
        }

        e164 = Util.Format(number, PhoneNumberFormat.E164);
        return true;
    }

    /// <summary>An E.164 number as people write it: nationally within the country of <paramref name="region"/>, otherwise with its country code.</summary>
    public static string Display(string e164, string region)
    {
        try
        {
            var number = Util.Parse(e164, region);
            // By country code, not region: +44 7911 is Guernsey's range, and is still dialled 07911 from Britain.
            return Util.Format(number, number.CountryCode == Util.GetCountryCodeForRegion(region) ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
        }
        catch (NumberParseException)
        {
            return e164;
        }
    }

    private static bool TryParse(string? input, string defaultRegion, string empty, string unreadable, [NotNullWhen(true)] out PhoneNumber? number, [NotNullWhen(false)] out string? error)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = empty;
            return false;
        }

        try
        {
            number = Util.Parse(input, defaultRegion);
        }
        catch (NumberParseException)
        {
            error = unreadable;
            return false;
        }

        if (!Util.IsValidNumber(number))
        {
            error = "This is not a valid phone number. Check the digits and the country code.";
            return false;
        }

        error = null;
        return true;
    }
}
