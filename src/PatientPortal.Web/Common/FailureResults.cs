using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Common;

namespace PatientPortal.Web.Common;

/// <summary>The one mapping from use-case failures to HTTP: status codes and ProblemDetails.</summary>
public static class FailureResults
{
    public static int StatusCode(OperationStatus status) => status switch
    {
        OperationStatus.Invalid => StatusCodes.Status400BadRequest,
        OperationStatus.NotFound => StatusCodes.Status404NotFound,
        OperationStatus.Conflict => StatusCodes.Status409Conflict,
        OperationStatus.TooManyRequests => StatusCodes.Status429TooManyRequests,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Success is not a failure."),
    };

    public static ObjectResult ToProblem(this ControllerBase controller, Failure failure)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(failure);
        var status = StatusCode(failure.Status);
        var problem = failure.Errors.Count > 0
            ? new ValidationProblemDetails(failure.Errors.ToDictionary(pair => pair.Key, pair => pair.Value)) { Title = failure.Title, Status = status }
            : new ProblemDetails { Title = failure.Title, Status = status };
        problem.Instance = controller.HttpContext.Request.Path;
        if (failure.RetryAfter is { } retryAfter)
        {
            SetRetryAfter(controller.Response, retryAfter);
        }

        foreach (var (name, value) in failure.Extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[name] = value;
        }

        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { "application/problem+json" } };
    }

    /// <summary>Whole seconds, at least one, as the Retry-After header gives them.</summary>
    public static int RetryAfterSeconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

    /// <summary>The one way every refusal for asking too often says when to come back.</summary>
    public static void SetRetryAfter(HttpResponse response, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.RetryAfter = RetryAfterSeconds(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A refusal made before any use case ran (rate limit, forged call, unreadable body), as ProblemDetails.</summary>
    public static ObjectResult Refusal(int status, string title, string? detail = null, string? instance = null) =>
        new(new ProblemDetails { Title = title, Status = status, Detail = detail, Instance = instance })
        {
            StatusCode = status,
            ContentTypes = { "application/problem+json" },
        };
}
