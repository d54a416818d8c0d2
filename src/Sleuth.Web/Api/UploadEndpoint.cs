using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sleuth.Web.Hosting;

namespace Sleuth.Web.Api;

/// <summary>
/// <c>POST /api/upload</c>: multipart files handed to <see cref="CaseService.IndexUploads"/>, so uploads follow
/// exactly the rules and skip reasons of `sleuth index`. The web layer only enforces the transport limits.
/// </summary>
internal static class UploadEndpoint
{
    /// <summary>Room for multipart boundaries and part headers on top of the file bytes.</summary>
    public const long MultipartOverheadBytes = 1024 * 1024;

    public static void Map(IEndpointRouteBuilder api) => api.MapPost("/api/upload", UploadAsync);

    private static async Task<IResult> UploadAsync(HttpRequest request, CaseGate gate, WebServerOptions options, CancellationToken ct)
    {
        if (options.ReadOnly)
        {
            throw new ApiException(StatusCodes.Status403Forbidden, "This server is read-only (--read-only); uploads are disabled.");
        }
        if (!request.HasFormContentType)
        {
            throw new ApiException(StatusCodes.Status400BadRequest, "Upload files as multipart/form-data (one or more parts named 'files').");
        }
        // Refuse before reading when the client says up front that the body is too big.
        if (request.ContentLength > options.MaxUploadBytes + MultipartOverheadBytes)
        {
            throw TooLarge(options);
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            throw e.Message.Contains("count", StringComparison.OrdinalIgnoreCase) ? TooMany(options) : TooLarge(options);
        }
        catch (InvalidDataException e)
        {
            throw new ApiException(StatusCodes.Status400BadRequest, $"The multipart body is malformed: {e.Message}");
        }
        var parts = form.Files;
        if (parts.Count == 0)
        {
            throw new ApiException(StatusCodes.Status400BadRequest, "The upload holds no files.");
        }
        if (parts.Count > options.MaxUploadFiles)
        {
            throw TooMany(options);
        }
        if (parts.Sum(p => p.Length) > options.MaxUploadBytes)
        {
            throw TooLarge(options);
        }
        var files = new List<UploadedFile>(parts.Count);
        foreach (var part in parts)
        {
            using var buffer = new MemoryStream((int)part.Length);
            await part.CopyToAsync(buffer, ct);
            // Only the name is kept: a client-chosen path must not decide where anything lands or what it claims to be.
            files.Add(new UploadedFile(Path.GetFileName(part.FileName.Replace('\\', '/')), buffer.ToArray()));
        }
        var report = await gate.RunAsync(s => s.IndexUploads(files, ct), ct);
        return Results.Json(report, ApiJson.Options);
    }

    private static ApiException TooLarge(WebServerOptions options) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The upload is too large: at most {Megabytes(options.MaxUploadBytes)} per request.");

    private static ApiException TooMany(WebServerOptions options) =>
        new(StatusCodes.Status413PayloadTooLarge, $"Too many files: at most {options.MaxUploadFiles} per upload.");

    private static string Megabytes(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1048576.0:0.#} MB" : $"{bytes} bytes";
}
