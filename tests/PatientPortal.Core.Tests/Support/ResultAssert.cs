using PatientPortal.Core.Common;

namespace PatientPortal.Core.Tests.Support;

internal static class ResultAssert
{
    public static T Succeeded<T>(Result<T> result)
    {
        Assert.True(result.Succeeded, result.Failure is { } failure ? $"{failure.Status}: {failure.Title} {string.Join("; ", failure.Errors.SelectMany(pair => pair.Value.Select(message => $"{pair.Key}: {message}")))}" : null);
        return result.Value!;
    }

    /// <summary>Asserts the result failed as Invalid with errors on exactly these fields; returns the messages of the first.</summary>
    public static string[] InvalidOn<T>(Result<T> result, params string[] fields)
    {
        Assert.False(result.Succeeded, "Expected a failure, the result succeeded.");
        Assert.Equal(OperationStatus.Invalid, result.Status);
        Assert.Equal(fields.Order(StringComparer.Ordinal), result.Failure!.Errors.Keys.Order(StringComparer.Ordinal));
        return result.Failure.Errors[fields[0]];
    }
}
