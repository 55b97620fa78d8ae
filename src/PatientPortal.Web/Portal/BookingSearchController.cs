using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Portal;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Portal;

/// <summary>
/// The booking search: the services patients may book online, one of them chosen (a recall's link, TRD89,
/// chooses the recalled service), and for a primary account holder whom it is for (themselves or a family member
/// they manage). A GET form, so it works without JavaScript.
/// </summary>
public sealed class BookingSearchController(IPatientRepository patients, IPortalQueries queries, PortalFormat format) : PortalControllerBase(patients)
{
    [HttpGet("book")]
    public async Task<IActionResult> Search([FromQuery] string? service, [FromQuery(Name = "for")] string? patient, CancellationToken cancellationToken)
    {
        if (await SignedInFamilyAsync(cancellationToken) is not { } access)
        {
            return await SignInAgainAsync();
        }

        var services = (await queries.BookableServicesAsync(cancellationToken))
            .Select(bookable => new BookingServiceOption(bookable.Id, bookable.Name, PortalFormat.Duration(bookable.DurationMinutes), format.Money(bookable.Price)))
            .ToList();
        // An unknown id, or one of a service not bookable online, selects nothing rather than failing.
        var selected = Guid.TryParse(service, out var serviceId) ? services.Find(option => option.Id == serviceId) : null;
        // A holder books for a family member they manage; anyone else's id (or none) means the signed-in patient.
        var bookingFor = Guid.TryParse(patient, out var patientId) ? FamilyMemberName.Of(access.Member(patientId)) : null;
        var people = access.Members.Select(member => FamilyMemberName.Of(member)!).ToList();
        return View(PatientPortalViews.BookingSearch, new BookingSearchPage(services, selected, format.PracticeName, people, bookingFor));
    }
}
