using PatientPortal.Core.Common;

namespace PatientPortal.Core.Patients;

internal enum DateOfBirthProblem
{
    Missing,
    InTheFuture,
    TooLongAgo,
}

/// <summary>How <see cref="PatientDetailsValidator"/> words a problem for whoever filled the form in.</summary>
internal abstract class PatientDetailsWords
{
    private static readonly PatientDetailsWords OwnDetails = new PatientsOwn();
    private static readonly PatientDetailsWords PracticesPatient = new Practices();

    public static PatientDetailsWords For(PatientDetailsAuthor author) => author == PatientDetailsAuthor.Patient ? OwnDetails : PracticesPatient;

    /// <summary>Sign-up needs both: the link to finish signing up goes by email, and a mobile for the texts.</summary>
    public abstract bool ContactRequired { get; }

    public abstract string TitleWithHiddenCharacter { get; }

    /// <summary>Null where the rule is not asked of this author (a family name must have letters to be confirmed later).</summary>
    public abstract string? FamilyNameWithoutLetters { get; }

    public abstract string EmailMissing { get; }

    public abstract string EmailInvalid { get; }

    public abstract string Name(string label, NameProblem problem);

    public abstract string DateOfBirth(DateOfBirthProblem problem);

    private sealed class PatientsOwn : PatientDetailsWords
    {
        public override bool ContactRequired => true;

        public override string TitleWithHiddenCharacter => $"Your title {HiddenCharacters.FieldMessage}";

        public override string FamilyNameWithoutLetters => "Enter your family name using letters.";

        public override string EmailMissing => "Enter your email address: we send the link to finish signing up to it.";

        public override string EmailInvalid => "Enter an email address in the form name@example.com.";

        public override string Name(string label, NameProblem problem) => problem switch
        {
            NameProblem.Missing => $"Enter your {label}.",
            NameProblem.TooLong => $"Your {label} can have at most {PatientDetails.MaximumNameLength} characters.",
            _ => $"Your {label} {HiddenCharacters.FieldMessage}",
        };

        public override string DateOfBirth(DateOfBirthProblem problem) => problem switch
        {
            DateOfBirthProblem.Missing => "Enter your date of birth.",
            DateOfBirthProblem.InTheFuture => "Your date of birth must be in the past.",
            _ => "Check the year of your date of birth.",
        };
    }

    private sealed class Practices : PatientDetailsWords
    {
        public override bool ContactRequired => false;

        public override string TitleWithHiddenCharacter => $"The title {HiddenCharacters.FieldMessage}";

        public override string? FamilyNameWithoutLetters => null;

        public override string EmailMissing => EmailInvalid;

        public override string EmailInvalid => "Enter an email address in the form name@example.com, or leave it empty.";

        public override string Name(string label, NameProblem problem) => problem == NameProblem.HiddenCharacter
            ? $"The {label} {HiddenCharacters.FieldMessage}"
            : $"Enter a {label} of at most {PatientDetails.MaximumNameLength} characters.";

        public override string DateOfBirth(DateOfBirthProblem problem) => "Enter a date of birth in the past.";
    }
}
