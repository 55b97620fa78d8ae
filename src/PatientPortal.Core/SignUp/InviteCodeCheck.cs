namespace PatientPortal.Core.SignUp;

/// <summary>A valid invite code, with what the sign-up form may show about it.</summary>
public sealed record InviteCodeCheck(Guid ChargebandId, string InviteCode, string ChargebandName);
