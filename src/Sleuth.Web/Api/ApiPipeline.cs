using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Sleuth.Web.Api;

/// <summary>The request pipeline: security headers, JSON errors, the token check, then the endpoints and the page.</summary>
internal static class ApiPipeline
{
    /// <summary>
    /// Same-origin only and no inline script: even if untrusted document text slipped into the DOM as markup,
    /// the browser would refuse to run it.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public static void UseSleuthApi(this WebApplication app, WebServerOptions options)
    {
        app.Use(AddSecurityHeaders);
        app.Use(TranslateErrorsAsync);
        app.UseStatusCodePages(WriteBareStatusAsync);
        if (IsLoopbackHost(options.Host))
        {
            app.Use(RequireLoopbackHostHeaderAsync);
        }
        app.Use(RefuseCrossSiteWritesAsync);
        if (options.Token is { } token)
        {
            // Hashes have equal length, so the constant-time comparison does not even leak the token's length.
            var expected = SHA256.HashData(Encoding.UTF8.GetBytes(token));
            app.Use((context, next) => RequireTokenAsync(context, next, expected));
        }
        app.UseRouting();
        QueryEndpoints.Map(app);
        UploadEndpoint.Map(app);
        StaticAssets.Map(app);
    }

    private static Task AddSecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (IsApi(context.Request))
        {
            // Answers change as documents are added; a cached answer would be a wrong answer.
            headers.CacheControl = "no-store";
        }
        return next();
    }

    private static async Task TranslateErrorsAsync(HttpContext context, Func<Task> next)
    {
        try
        {
            await next();
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception exception)
        {
            var (status, message) = Describe(exception);
            if (status == StatusCodes.Status500InternalServerError)
            {
                var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Sleuth.Web");
                logger.LogError(exception, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
            }
            if (context.Response.HasStarted)
            {
                // Half a JSON body is worse than a dropped connection: the client would parse garbage.
                context.Abort();
                return;
            }
            context.Response.Clear();
            await WriteErrorAsync(context, status, message);
        }
    }

    private static (int Status, string Message) Describe(Exception exception) => exception switch
    {
        ApiException api => (api.StatusCode, api.Message),
        BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status413PayloadTooLarge =>
            (StatusCodes.Status413PayloadTooLarge, "The upload is larger than this server accepts."),
        BadHttpRequestException bad => (bad.StatusCode, $"Bad request: {bad.Message}"),
        NotImplementedException => (StatusCodes.Status501NotImplemented, "This part of Sleuth is not built yet in this version."),
        // The library rejects a bad question, query or name with ArgumentException naming that parameter; its message is
        // meant for users. Any other ArgumentException is a bug inside the server and stays a 500.
        ArgumentException { ParamName: "question" or "query" or "name" } argument => (StatusCodes.Status400BadRequest, argument.Message),
        _ => (StatusCodes.Status500InternalServerError, "Unexpected server error; the server log has the details."),
    };

    private static Task WriteBareStatusAsync(StatusCodeContext status)
    {
        var context = status.HttpContext;
        var message = context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => $"Nothing at {context.Request.Path}.",
            StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not allowed on {context.Request.Path}.",
            StatusCodes.Status415UnsupportedMediaType => "Unsupported content type.",
            var code => $"Request failed with status {code}.",
        };
        return WriteErrorAsync(context, context.Response.StatusCode, message);
    }

    private static Task RequireTokenAsync(HttpContext context, Func<Task> next, byte[] expected)
    {
        if (!IsApi(context.Request))
        {
            // The page itself holds no case data; it asks for the token and sends it with each API call.
            return next();
        }
        string? header = context.Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return WriteErrorAsync(context, StatusCodes.Status401Unauthorized, "This server needs a token: send 'Authorization: Bearer <token>'.");
        }
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()));
        // Constant-time comparison, so response timing does not reveal how much of a guess was right.
        if (!CryptographicOperations.FixedTimeEquals(given, expected))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            return WriteErrorAsync(context, StatusCodes.Status401Unauthorized, "The token is wrong.");
        }
        return next();
    }

    /// <summary>
    /// A server on loopback answers only requests addressed to loopback. A web page elsewhere could otherwise point
    /// its own host name at 127.0.0.1 (DNS rebinding) and read the case through the visitor's browser.
    /// </summary>
    private static Task RequireLoopbackHostHeaderAsync(HttpContext context, Func<Task> next)
    {
        var host = context.Request.Host.Host;
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip)))
        {
            return next();
        }
        return WriteErrorAsync(context, StatusCodes.Status400BadRequest,
            "This server listens on loopback and answers only requests addressed to localhost or 127.0.0.1.");
    }

    /// <summary>
    /// A multipart upload is a request any web page can make without asking; refusing writes whose Origin is another
    /// site keeps a page the user happens to visit from adding documents to the case.
    /// </summary>
    private static Task RefuseCrossSiteWritesAsync(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return next();
        }
        string? origin = request.Headers.Origin;
        var crossSite = string.Equals(request.Headers["Sec-Fetch-Site"], "cross-site", StringComparison.OrdinalIgnoreCase)
            || (!string.IsNullOrEmpty(origin)
                && (!Uri.TryCreate(origin, UriKind.Absolute, out var from) || !string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)));
        return crossSite
            ? WriteErrorAsync(context, StatusCodes.Status403Forbidden, "Requests from other sites may not change the case.")
            : next();
    }

    private static bool IsLoopbackHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (System.Net.IPAddress.TryParse(host, out var ip) && System.Net.IPAddress.IsLoopback(ip));

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static Task WriteErrorAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(new ApiError(message), ApiJson.Options, context.RequestAborted);
    }
}
