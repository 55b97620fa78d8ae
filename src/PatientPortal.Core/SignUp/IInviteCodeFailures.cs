namespace PatientPortal.Core.SignUp;

/// <summary>
/// Where refused invite codes are counted across every client and server, so that guessing from many
/// addresses trips a budget that no single address reaches.
/// </summary>
public interface IInviteCodeFailures
{
    /// <summary>Counts one refused code; <paramref name="nearMissOf"/> is the chargeband whose live code it nearly was.</summary>
    Task CountAsync(Guid? nearMissOf, CancellationToken cancellationToken);
}
