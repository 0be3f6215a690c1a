using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using MudBlazor;
using MudBlazor.Services;
using SmartVillage.Learning.Components;
using SmartVillage.Learning.Features.Assessments.QuestionBank;
using SmartVillage.Learning.Features.Assessments.QuizResults;
using SmartVillage.Learning.Components.Account;
using SmartVillage.Learning.Data;
using SmartVillage.Learning.Features.Workshops.Attendance;
using SmartVillage.Learning.Features.Reports;
using SmartVillage.Learning.Features.Reports.Levels;
using SmartVillage.Learning.Features.Catalog;
using SmartVillage.Learning.Features.Certificates;
using SmartVillage.Learning.Features.Messaging;
using SmartVillage.Learning.Features.Evaluations;
using SmartVillage.Learning.Features.Calendar;
using SmartVillage.Learning.Infrastructure.Bandwidth;
using SmartVillage.Learning.Infrastructure.Clock;
using SmartVillage.Learning.Infrastructure.Localization;
using SmartVillage.Learning.Infrastructure.Security;
using SmartVillage.Learning.Features.Accounts;
using SmartVillage.Learning.Startup;

namespace SmartVillage.Learning;

public static class LearningWebExtensions
{
    public const string SignInRateLimit = "sign-in";
    public const string CheckInRateLimit = "check-in";
    /// <summary>The one interface language (decision 0022): Indonesian words, dates and numbers.</summary>
    public static readonly CultureInfo Indonesian = new("id-ID");

    public static IServiceCollection AddLearningWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        PublicBaseUrl.DemandConfigured(configuration, environment);
        services.AddForwardedClients(configuration);
        // First hosted service: the schema must exist before the data-protection key ring is read.
        services.AddHostedService<DatabaseInitializerHostedService>();
        services.AddMessagingWorkers();
        services.AddRazorComponents().AddInteractiveServerComponents()
            // A lesson may hold TextLimits.LessonMarkdown (100,000) characters, and its text reaches the server in one
            // message: as UTF-8 JSON up to ~3 bytes a character. The default 32 KB dropped a 45 KB lesson (and the circuit
            // with it) while the page went on to say "saved". 1 MB carries the largest lesson with room for a paste past
            // the limit, so the validator, not the transport, refuses it; it is a per-message cap, not a per-circuit cost.
            .AddHubOptions(hub =>
            {
                hub.MaximumReceiveMessageSize = 1024 * 1024;
                // A ping every 4 s when nothing else is sent, so the browser (js/boot.js: no message for 8 s means the link
                // stalled) tells a silent stall from a quiet page and shows the reconnect notice within 10 s (decision 0023).
                hub.KeepAliveInterval = TimeSpan.FromSeconds(4);
            });
        services.AddPageCompression();
        services.AddMudServices(c =>
        {
            c.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomCenter;
            c.SnackbarConfiguration.VisibleStateDuration = 4000;
        });
        // MudBlazor's accessible names (close, clear, pager, menu toggles) in Indonesian rather than its built-in English.
        services.AddTransient<MudLocalizer, IndonesianMudLocalizer>();
        services.AddHttpContextAccessor();

        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<CircuitHandler, AccessRevocationCircuitHandler>();
        services.AddSingleton<SecurityStamps>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.SlidingExpiration = true;
            if (environment.IsProduction()) o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        });
        // Every other cookie (antiforgery, language, status messages) is Secure in Production too: TLS ends at the proxy.
        services.Configure<CookiePolicyOptions>(o => o.Secure = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddAuthorization();
        new IdentityBuilder(typeof(ApplicationUser), typeof(IdentityRole), services)
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, StrictSecurityStampValidator>());

        // Keys in the database, so every instance behind a load balancer reads the same cookies; encrypted at rest.
        services.AddKeyRing(configuration, environment);

        services.AddHealthChecks().AddDbContextCheck<LearningDbContext>("database");

        var signInsPerMinute = configuration.GetValue("RateLimits:SignInPerMinute", 30);
        var checkInsPerMinute = configuration.GetValue("Attendance:CheckInsPerMinute", 20);
        var verifiesPerMinute = configuration.GetValue("Certificates:VerifyPerMinute", 60);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only the sign-in POST is limited; a village office behind one carrier NAT shares an address,
            // so the limit is per address and generous, and lockout guards each account.
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
                    HttpMethods.IsPost(ctx.Request.Method) && ctx.Request.Path.StartsWithSegments("/Account/Login")
                        ? RateLimitPartition.GetFixedWindowLimiter(SignInRateLimit + ":" + ctx.Connection.RemoteIpAddress,
                            _ => new FixedWindowRateLimiterOptions { PermitLimit = signInsPerMinute, Window = TimeSpan.FromMinutes(1) })
                        : RateLimitPartition.GetNoLimiter("none")),
                // Self check-in (/attend…): per signed-in person (else per address), so guessing short codes is slow
                // while a hall of officials behind one venue Wi-Fi address is not throttled as one.
                PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
                    ctx.Request.Path.StartsWithSegments("/attend")
                        ? RateLimitPartition.GetFixedWindowLimiter(CheckInRateLimit + ":" + (ctx.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? ctx.Connection.RemoteIpAddress?.ToString()),
                            _ => new FixedWindowRateLimiterOptions { PermitLimit = checkInsPerMinute, Window = TimeSpan.FromMinutes(1) })
                        : RateLimitPartition.GetNoLimiter("none")),
                CertificateRateLimit.Limiter(verifiesPerMinute));
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                var message = context.HttpContext.Request.Path.StartsWithSegments("/attend")
                    ? "Terlalu banyak percobaan absen. Tunggu satu menit lalu coba lagi."
                    : CertificateRateLimit.Applies(context.HttpContext)
                        ? CertificateRateLimit.Message
                        : "Terlalu banyak percobaan masuk. Tunggu satu menit lalu coba lagi.";
                await context.HttpContext.Response.WriteAsync(message, ct);
            };
        });
        return services;
    }

    public static WebApplication UseLearningPipeline(this WebApplication app)
    {
        // First: the client's address (rate limits) and scheme (HSTS, Secure cookies) as the trusted proxy saw them.
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UsePageCompression();
        app.UseCookiePolicy();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        // Every request (and so every circuit) runs in Indonesian whatever the browser asks: the interface has one language.
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Indonesian),
            SupportedCultures = [Indonesian],
            SupportedUICultures = [Indonesian],
            RequestCultureProviders = [],
        });
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapLearningEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAdditionalIdentityEndpoints();
        app.MapCourseHandout();
        app.MapAttendanceSheets();
        app.MapReportExports();
        app.MapAdjustableClock();
        app.MapQuestionBankDownload();
        app.MapCertificates();
        app.MapResultsDownload();
        app.MapWhatsAppWebhook();
        app.MapEvaluationDownloads();
        app.MapLevelsExport();
        app.MapCalendar();
        app.MapHealthChecks("/healthz");
        return app;
    }
}
