using QRCoder;

namespace SmartVillage.Learning.Infrastructure.Qr;

/// <summary>QR codes as PNG data URLs for an &lt;img&gt; (QRCoder's PngByteQRCode: no System.Drawing, works on Linux).</summary>
public static class QrImage
{
    /// <summary>A PNG of <paramref name="text"/>, <paramref name="pixelsPerModule"/> pixels per module, with the 4-module quiet zone.</summary>
    public static byte[] Png(string text, int pixelsPerModule = 10)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    public static string PngDataUrl(string text, int pixelsPerModule = 10) => "data:image/png;base64," + Convert.ToBase64String(Png(text, pixelsPerModule));
}
