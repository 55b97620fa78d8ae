using System.Diagnostics.CodeAnalysis;
using PhoneNumbers;

namespace PatientPortal.Core.Patients;

/// <summary>Reads a mobile number the way a patient writes it and stores it in E.164 (<c>+447911123456</c>).</summary>
public static class MobileNumber
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static bool TryNormalize(string? input, string defaultRegion, [NotNullWhen(true)] out string? e164, [NotNullWhen(false)] out string? error)
    {
        e164 = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = "Enter a mobile number.";
            return false;
        }

        PhoneNumber number;
        try
        {
            number = Util.Parse(input, defaultRegion);
        }
        catch (NumberParseException)
        {
            error = "Enter a mobile number, such as 07911 123456 or +44 7911 123456.";
            return false;
        }

        if (!Util.IsValidNumber(number))
        {
            error = "This is not a valid phone number. Check the digits and the country code.";
            return false;
        }

        if (Util.GetNumberType(number) is not (PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE))
        {
            error = "Enter a mobile number: we send text messages to it.";
            return false;
        }

        e164 = Util.Format(number, PhoneNumberFormat.E164);
        error = null;
        return true;
    }
}
