namespace PatientPortal.Infrastructure.Email;

/// <summary>Named as in Umbraco's own SMTP settings, so site owners recognise them.</summary>
public enum EmailDeliveryMethod
{
    /// <summary>Each message is written as an .eml file to a folder; the site runs with no mail server.</summary>
    SpecifiedPickupDirectory,

    /// <summary>Messages go to an SMTP server.</summary>
    Network,
}
