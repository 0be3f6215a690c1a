namespace SmartVillage.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The accounts the app seeds on a new database (DemoSeeder). Officials sign in with a phone number;
/// the seeded officials after Bu Siti are numbered 081270000100 … 081270000140.
/// An account locked by one test is used by no other test.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Lampung#2026";

    public const string Admin = "admin@smartvillage.test";
    public const string Trainer = "hendra@smartvillage.test";
    public const string Mentor = "maria@smartvillage.test";
    public const string ProvinceReviewer = "ahmad@smartvillage.test";
    public const string RegencyReviewer = "rina@smartvillage.test";

    /// <summary>Bu Dewi, the trainer of the TD and KE courses: refused on Pak Hendra's course editor.</summary>
    public const string SecondTrainer = "dewi@smartvillage.test";

    /// <summary>Bu Siti Rahmawati, written the way she types it on her phone.</summary>
    public const string SitiPhone = "0812-7000-0001";

    /// <summary>Rudi Hartono, an official who tries the admin pages.</summary>
    public const string RudiPhone = "081270000100";

    /// <summary>Yuliana Sari, an official whose home page is measured at 360 px.</summary>
    public const string YulianaPhone = "081270000101";

    /// <summary>Anisa Rahma, an official who finds Pak Hendra's new course in the catalog (authoring tests).</summary>
    public const string CatalogOfficialPhone = "081270000125";

    /// <summary>Gita Maharani (081270000135), who signs out in two tabs (sign-out tests); used nowhere else.</summary>
    public const string SignOutOfficialPhone = "081270000135";

    /// <summary>Hasan Basri, a new learner: finds, enrolls in and finishes a course in the catalog journey; used nowhere else.</summary>
    public const string HasanPhone = "081270000120";

    /// <summary>Mega Puspita, whose first load of a lesson page is weighed; also the throttled reading test's reader (another course).</summary>
    public const string MegaPhone = "081270000121";

    /// <summary>081270000133: takes the APBDes pre-test while the link stalls (stalled-link test); used nowhere else.</summary>
    public const string StalledQuizOfficialPhone = "081270000133";

    /// <summary>
    /// 081270000103, who attended the demo's Kota Agung bimtek: saves the Sistem Informasi Desa course for offline reading and
    /// reads it with no signal (offline test); her bimtek and its evaluation are not touched.
    /// </summary>
    public const string OfflineReaderPhone = "081270000103";

    /// <summary>
    /// Mega Puspita again, on another course (Layanan Publik Digital): opens its first lesson cold through a 400 kbps / 400 ms
    /// link and marks it done (throttled reading test). The weight test only reads APBDes lessons.
    /// </summary>
    public const string ThrottledReaderPhone = MegaPhone;

    /// <summary>Agus Setiawan, seated in the demo bimtek in Kotabumi: checks in by QR (attendance tests); used nowhere else.</summary>
    public const string WorkshopOfficialPhone = "081270000104";

    /// <summary>Sri Wahyuni (081270000105), seated in the demo bimtek: hits the check-in rate limit; used nowhere else.</summary>
    public const string RateLimitedOfficialPhone = "081270000105";

    /// <summary>
    /// Also seated in the demo bimtek (081270000105 … 081270000109): keep them out of other tests, so the demo bimtek's
    /// roster stays what the attendance tests expect.
    /// </summary>
    public static readonly IReadOnlyList<string> WorkshopOfficialPhones = ["081270000104", "081270000105", "081270000106", "081270000107", "081270000108", "081270000109"];

    /// <summary>
    /// The quiz-attempt officials (081270000110 … 081270000112): the first takes the APBDes pre-test in the timed-quiz journey;
    /// the second takes the Moodle XML practice quiz, the third the GIFT one tagged by a random slot (and is refused the
    /// XML quiz's image). They enroll themselves in the test; used nowhere else.
    /// </summary>
    public static readonly IReadOnlyList<string> QuizOfficialPhones = ["081270000110", "081270000111", "081270000112"];
    /// <summary>Pak Yusuf Hidayat, the second mentor (the whole village of 081270000119): refused on Bu Maria's officials' plans.</summary>
    public const string SecondMentor = "yusuf@smartvillage.test";

    /// <summary>Andi Wijaya, mentored by Bu Maria: writes, revises and gets a work plan approved (mentoring tests); used nowhere else.</summary>
    public const string PlanOfficialPhone = "081270000116";

    /// <summary>Rohmah, mentored by Bu Maria: logs an obstacle that Bu Maria resolves (mentoring tests); used nowhere else.</summary>
    public const string ObstacleOfficialPhone = "081270000117";

    /// <summary>
    /// Mentoring demo data (DemoSeeder): Bu Maria mentors 081270000116 … 081270000118 (Slamet Riyadi, …118, holds the demo plan,
    /// obstacle and session); Pak Yusuf the whole village of 081270000119. Keep them out of other tests, except 081270000119
    /// recording his village's indicators for Pak Yusuf to confirm (village indicator tests).
    /// </summary>
    public static readonly IReadOnlyList<string> MentoringOfficialPhones = ["081270000116", "081270000117", "081270000118", "081270000119"];

    /// <summary>
    /// Slamet Riyadi (081270000118), mentored by Bu Maria: she confirms his Komunikasi Efektif level, and he sees it in
    /// "Kompetensi saya" (competency confirmation test); no other test signs in as him or changes his competencies.
    /// </summary>
    public const string ConfirmedOfficialPhone = "081270000118";
    /// <summary>Wati Susilawati (081270000113), certified in the demo bimtek in Liwa: downloads her PDF and has it verified; used nowhere else.</summary>
    public const string CertifiedOfficialPhone = "081270000113";

    /// <summary>Iwan Gunawan (081270000114), certified in the Liwa bimtek: his certificate is revoked by the admin; used nowhere else.</summary>
    public const string RevokedCertificateOfficialPhone = "081270000114";

    /// <summary>Eka Putri (081270000115), certified in the Liwa bimtek: is refused Bu Wati's PDF; used nowhere else.</summary>
    public const string CertifiedOtherOfficialPhone = "081270000115";
    /// <summary>Samsul Arifin, Kaur Keuangan of Tiyuh Panaragan (Tulang Bawang Barat): posts a need in the Kolaborasi journey; used nowhere else.</summary>
    public const string CollaborationPosterPhone = "081270000122";

    /// <summary>Indah Permata, also of Tiyuh Panaragan (081270000123): kept for the networks tests (same-village cases); used nowhere else.</summary>
    public const string CollaborationColleaguePhone = "081270000123";

    /// <summary>Yusuf Effendi, Kepala Tiyuh Bandar Dewa (another village): answers the need in the Kolaborasi journey; used nowhere else.</summary>
    public const string CollaborationResponderPhone = "081270000124";

    /// <summary>
    /// The official of the demo grading story (DemoGradingStory): took the APBDes pre-test and post-test, the essay waits for
    /// Pak Hendra; the grading journey grades it and signs in as this official. Used nowhere else.
    /// </summary>
    public const string GradedOfficialPhone = "081270000126";

    /// <summary>
    /// Novi Anggraeni (081270000127), present at the finished demo bimtek in Kota Agung (DemoEvaluations) and not yet evaluated:
    /// evaluates it at 360 px and downloads its sessions to her calendar; used nowhere else.
    /// </summary>
    public const string EvaluatingOfficialPhone = "081270000127";

    /// <summary>Bambang Irawan (…102) and Nurhayati (…103) answered the Kota Agung evaluation in the demo; their names must never reach the trainer.</summary>
    public static readonly IReadOnlyList<string> EvaluatedByNames = ["Bambang Irawan", "Nurhayati", "Novi Anggraeni"];

    /// <summary>Taufik Hidayat, the last seeded official: locked out by the lockout test and used nowhere else.</summary>
    public const string LockedOfficialPhone = "+6281270000128";

    /// <summary>Ani Susanti (081270000129) of Tulang Bawang Tengah: registers for a bimtek and gets its WhatsApp confirmation (messaging tests); used nowhere else.</summary>
    public const string MessagedOfficialPhone = "081270000129";

    /// <summary>Budi Santoso (081270000130): the Cloud API refuses his number for good, so his confirmation becomes a dead letter the admin re-sends; used nowhere else.</summary>
    public const string UnreachableOfficialPhone = "081270000130";

    /// <summary>
    /// Citra Lestari (081270000131) posts a need and watches her bell on a second instance while Fajar Nugroho
    /// (081270000134, another village of Tulang Bawang Tengah) answers it on the first (notifications across instances).
    /// Both used nowhere else.
    /// </summary>
    public const string NotifiedOfficialPhone = "081270000131";

    public const string NotifyingOfficialPhone = "081270000134";

    /// <summary>Joni Iskandar (081270000138): stops and resumes WhatsApp messages on his settings (messaging tests); used nowhere else.</summary>
    public const string WhatsAppStoppingOfficialPhone = "081270000138";

    /// <summary>Kartika Sari (081270000139): registers for the Kotabumi bimtek on Bimtek saya and cancels it (workshop tests); used nowhere else.</summary>
    public const string RegisteringOfficialPhone = "081270000139";

    /// <summary>Lukman Hakim (081270000140): fills in his tiyuh's profile in the directory (directory tests); used nowhere else.</summary>
    public const string ProfileEditingOfficialPhone = "081270000140";

    /// <summary>Darmawan (081270000132): takes the Manajemen Proyek pre-test on a weak signal (taps tests); used nowhere else.</summary>
    public const string PreTestOfficialPhone = "081270000132";

    /// <summary>Ika Rahmawati (081270000137): writes the essay Pak Hendra grades with a decimal comma; used nowhere else.</summary>
    public const string EssayOfficialPhone = "081270000137";
}
