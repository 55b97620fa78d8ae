using PatientPortal.Core.Patients;

namespace PatientPortal.Core.Tests.Support;

/// <summary>Mary O'Higgins, born 12 April 1980, with an active portal account unless told otherwise.</summary>
internal sealed class PatientBuilder
{
    public static readonly Guid ChargebandId = Guid.Parse("0198a0f0-0000-7000-8000-000000000001");

    private string _givenName = "Mary";
    private string _familyName = "O'Higgins";
    private DateOnly _dateOfBirth = new(1980, 4, 12);
    private string? _email = "mary@example.com";
    private string? _mobile = "+447400123456";
    private string _passwordHash = "stored-hash";
    private AccountStatus _status = AccountStatus.Active;
    private Guid? _primaryAccountHolderId;
    private (bool Email, bool Sms) _consent = (true, true);

    public PatientBuilder WithGivenName(string givenName)
    {
        _givenName = givenName;
        return this;
    }

    public PatientBuilder WithFamilyName(string familyName)
    {
        _familyName = familyName;
        return this;
    }

    public PatientBuilder WithDateOfBirth(DateOnly dateOfBirth)
    {
        _dateOfBirth = dateOfBirth;
        return this;
    }

    public PatientBuilder WithEmail(string? email)
    {
        _email = email;
        return this;
    }

    public PatientBuilder WithPasswordHash(string passwordHash)
    {
        _passwordHash = passwordHash;
        return this;
    }

    /// <summary>Signed up but has not followed the confirmation link yet.</summary>
    public PatientBuilder Pending()
    {
        _status = AccountStatus.PendingConfirmation;
        return this;
    }

    /// <summary>Registered by the practice; no portal account.</summary>
    public PatientBuilder WithoutAccount()
    {
        _status = AccountStatus.None;
        return this;
    }

    public PatientBuilder WithMobile(string? mobile)
    {
        _mobile = mobile;
        return this;
    }

    /// <summary>A family member without an account of their own: the primary account holder manages their portal access.</summary>
    public PatientBuilder FamilyMemberOf(Guid primaryAccountHolderId)
    {
        _status = AccountStatus.None;
        _primaryAccountHolderId = primaryAccountHolderId;
        return this;
    }

    public PatientBuilder WithConsent(bool email, bool sms)
    {
        _consent = (email, sms);
        return this;
    }

    public Patient Build()
    {
        var patient = BuildAccount();
        patient.SetConsent(_consent.Email && _email is not null, _consent.Sms && _mobile is not null);
        return patient;
    }

    private Patient BuildAccount()
    {
        var details = new PatientDetails(null, _givenName, _familyName, _dateOfBirth, _email, _mobile);
        if (_status == AccountStatus.None)
        {
            return Patient.Register(details, ChargebandId, TestPractice.Now.AddYears(-1), _primaryAccountHolderId);
        }

        var patient = Patient.SignUp(details, ChargebandId, _passwordHash, TestPractice.PrivacyPolicyVersion, "Welcome123", TestPractice.Now.AddDays(-7));
        if (_status == AccountStatus.Active)
        {
            patient.ConfirmEmail(TestPractice.Now.AddDays(-7));
        }

        return patient;
    }
}
