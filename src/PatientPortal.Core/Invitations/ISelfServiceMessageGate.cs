namespace PatientPortal.Core.Invitations;

/// <summary>At most one self-service message per patient per window, on every server of a site at once.</summary>
public interface ISelfServiceMessageGate
{
    /// <summary>True for the first caller in the window; false for every other until it ends.</summary>
    Task<bool> TryOpenAsync(Guid patientId, TimeSpan window, CancellationToken cancellationToken);
}
