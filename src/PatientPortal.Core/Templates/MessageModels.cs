using Microsoft.Extensions.Options;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Payments;
using PatientPortal.Core.Practice;

namespace PatientPortal.Core.Templates;

/// <summary>The part of every template model that comes from the patient and the practice.</summary>
public sealed class MessageModels(IOptions<PracticeOptions> practice, OnlinePayments online)
{
    /// <summary>Whether payment messages may promise that the patient can pay online.</summary>
    public bool PayOnline => online.Available;

    private PracticeData? _practice;

    // IOptions<T> is read once, so neither is this: a bulk run builds a model per patient.
    public PracticeData Practice => _practice ??= PracticeData.From(practice.Value);

    /// <param name="holder">The primary account holder of a family member, for the <c>holder.*</c> tokens.</param>
    public TemplateModel For(Patient patient, Patient? holder = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return new TemplateModel(
            new PatientData(patient.Title, patient.GivenName, patient.FamilyName, patient.HasPassword, patient.PrimaryAccountHolderId is not null),
            Practice,
            Holder: holder is not null && holder.Id == patient.PrimaryAccountHolderId ? new HolderData(holder.Title, holder.GivenName, holder.FamilyName) : null);
    }
}
