using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Sleuth.Web.Api;

/// <summary>
/// The web page and the OpenAPI document, embedded in the assembly so the server is one self-contained binary
/// that never reads files from disk to serve them.
/// </summary>
internal static class StaticAssets
{
    private const string ResourcePrefix = "Sleuth.Web.wwwroot/";

    private static readonly FrozenDictionary<string, Asset> s_assets = Load();

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/openapi.json", (HttpContext context) => Serve(context, "/openapi.json"));
        // Everything else: a page asset, or a JSON 404 (for /api paths too, so API clients always get JSON).
        // GET and HEAD only, so a wrong method on a real endpoint still gets 405 rather than this 404.
        app.MapMethods("{**path}", [HttpMethods.Get, HttpMethods.Head], (HttpContext context) =>
        {
            var path = context.Request.Path.Value ?? "/";
            if (ApiPipeline.IsApi(context.Request) || !s_assets.ContainsKey(path == "/" ? "/index.html" : path))
            {
                return ApiPipeline.WriteErrorAsync(context, StatusCodes.Status404NotFound, $"Nothing at {path}.");
            }
            return Serve(context, path == "/" ? "/index.html" : path);
        }).WithOrder(int.MaxValue);
    }

    private static Task Serve(HttpContext context, string path)
    {
        var asset = s_assets[path];
        var response = context.Response;
        response.Headers.ETag = asset.ETag;
        // Revalidate each time: a new build must show its new page, and the ETag makes an unchanged one cost a 304.
        response.Headers.CacheControl = "no-cache";
        if (context.Request.Headers.IfNoneMatch == asset.ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Content.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(asset.Content, context.RequestAborted).AsTask();
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(StaticAssets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                assets["/" + name[ResourcePrefix.Length..]] = Read(assembly, name);
            }
        }
        assets["/openapi.json"] = Read(assembly, "Sleuth.Web.openapi.json");
        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static Asset Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing embedded resource {name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        var etag = "\"" + Convert.ToHexString(SHA256.HashData(content))[..16] + "\"";
        return new Asset(content, ContentTypeOf(name), etag);
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };

    private sealed record Asset(byte[] Content, string ContentType, string ETag);
}
