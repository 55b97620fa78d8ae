using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Portal;
using PatientPortal.Core.Portal.CallBack;
using PatientPortal.Core.Practice;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Portal;

/// <summary>
/// The booking search: the services patients may book online, one of them chosen (a recall's link, TRD89,
/// chooses the recalled service), and for a primary account holder whom it is for (themselves or a family member
/// they manage). A GET form, so it works without JavaScript. Choosing a time is not online yet, so the page ends in
/// a next step that works: a call-back request to the practice, or its phone number.
/// </summary>
public sealed class BookingSearchController(
    IPatientRepository patients,
    IPortalQueries queries,
    CallBackRequests callBacks,
    PortalFormat format,
    IOptions<PracticeOptions> practice) : PortalControllerBase(patients)
{
    [HttpGet("book")]
    public async Task<IActionResult> Search([FromQuery] string? service, [FromQuery(Name = "for")] string? patient, CancellationToken cancellationToken)
    {
        if (await SignedInFamilyAsync(cancellationToken) is not { } access)
        {
            return await SignInAgainAsync();
        }

        var mobile = access.SignedIn.Mobile is null ? null : MobileNumber.Display(access.SignedIn.Mobile, practice.Value.PhoneRegion);
        return View(PatientPortalViews.BookingSearch, await PageAsync(access, service, patient, new CallBackForm(mobile, false, false, null), cancellationToken));
    }

    [HttpPost("book/call-back")]
    [RateLimited]
    public async Task<IActionResult> RequestCallBack(
        [FromForm] string? service, [FromForm(Name = "for")] string? patient, [FromForm] string[]? times, [FromForm] string? phone, [FromForm] string? note, CancellationToken cancellationToken)
    {
        if (await SignedInFamilyAsync(cancellationToken) is not { } access)
        {
            return await SignInAgainAsync();
        }

        var command = new RequestCallBackCommand(
            access.SignedIn.Id, Guid.TryParse(service, out var serviceId) ? serviceId : null, times, phone, note, Guid.TryParse(patient, out var forId) ? forId : null);
        var result = await callBacks.RequestAsync(command, cancellationToken);
        if (result.Succeeded)
        {
            var requested = result.Value!;
            return View(PatientPortalViews.CallBackRequested, new CallBackRequestedPage(
                requested.Phone, CallBackEmail.Times(requested.Times), requested.ServiceName, format.PracticeName, PracticePhone, requested.ForName));
        }

        // Without an address for requests the page gives the phone instead; otherwise the form comes back with its problems.
        var page = await PageAsync(access, service, patient, CallBackForm.From(phone, times, note), cancellationToken);
        return Refused(PatientPortalViews.BookingSearch, page with { Errors = result.Failure!.Errors });
    }

    private string? PracticePhone => string.IsNullOrWhiteSpace(practice.Value.Contact.Phone) ? null : practice.Value.Contact.Phone;

    private async Task<BookingSearchPage> PageAsync(FamilyAccess access, string? service, string? patient, CallBackForm form, CancellationToken cancellationToken)
    {
        var services = (await queries.BookableServicesAsync(cancellationToken))
            .Select(bookable => new BookingServiceOption(bookable.Id, bookable.Name, PortalFormat.Duration(bookable.DurationMinutes), format.Money(bookable.Price)))
            .ToList();
        // An unknown id, or one of a service not bookable online, selects nothing rather than failing.
        var selected = Guid.TryParse(service, out var serviceId) ? services.Find(option => option.Id == serviceId) : null;
        // A holder books for a family member they manage; anyone else's id (or none) means the signed-in patient.
        var bookingFor = Guid.TryParse(patient, out var patientId) ? FamilyMemberName.Of(access.Member(patientId)) : null;
        var people = access.Members.Select(member => FamilyMemberName.Of(member)!).ToList();
        return new BookingSearchPage(services, selected, format.PracticeName, PracticePhone, callBacks.Available ? form : null, new Dictionary<string, string[]>(), people, bookingFor);
    }
}
