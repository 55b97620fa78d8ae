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

    public TemplateModel For(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return new TemplateModel(new PatientData(patient.Title, patient.GivenName, patient.FamilyName, patient.HasPassword), Practice);
    }
}
