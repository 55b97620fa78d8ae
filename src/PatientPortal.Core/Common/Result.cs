namespace PatientPortal.Core.Common;

/// <summary>The outcome of a use case: a value, or an expected <see cref="Failure"/>. Exceptions are kept for programmer errors.</summary>
public sealed class Result<T>
{
    private Result(T? value, Failure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public Failure? Failure { get; }

    public OperationStatus Status => Failure?.Status ?? OperationStatus.Success;

    public bool Succeeded => Failure is null;

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Fail(Failure failure) => new(default, failure);

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Failure failure) => Fail(failure);
}
