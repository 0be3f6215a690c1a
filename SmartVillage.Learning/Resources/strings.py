# Source of the shared UI strings; run `python3 Resources/strings.py` to regenerate both .resx files.
from xml.sax.saxutils import escape
import os

S = {
 "Nav_Menu": ("Menu", "Menu"),
 "Nav_Home": ("Beranda", "Home"),
 "Nav_Regions": ("Wilayah", "Regions"),
 "Nav_Admin": ("Administrasi", "Administration"),
 "Nav_Users": ("Pengguna", "Users"),
 "Nav_ImportOfficials": ("Impor aparatur", "Import officials"),
 "Nav_SignIn": ("Masuk", "Sign in"),
 "Nav_SignOut": ("Keluar", "Sign out"),
 "Language": ("Bahasa", "Language"),
 "Refused_Title": ("Halaman ini bukan untuk peran Anda", "This page is not for your role"),
 "Refused_Body": ("Anda sudah masuk, tetapi akun Anda tidak berhak membuka halaman ini. Kembali ke beranda, atau minta admin kabupaten menambahkan peran yang sesuai.", "You are signed in, but your account may not open this page. Go back home, or ask your regency admin to add the right role."),
 "Refused_Home": ("Kembali ke beranda", "Back to home"),
 "NotFound_Title": ("Halaman tidak ditemukan", "Page not found"),
 "NotFound_Body": ("Alamat yang Anda buka tidak ada. Mungkin tautannya sudah berubah.", "The address you opened does not exist. The link may have changed."),
 "Home_Title": ("Beranda", "Home"),
 "Home_Welcome": ("Selamat datang, {0}", "Welcome, {0}"),
 "Home_Public_Title": ("Belajar untuk pekon yang cerdas", "Learning for a smart village"),
 "Home_Public_Body": ("SmartVillage Learning membekali aparatur pekon di Provinsi Lampung dengan keterampilan manajemen proyek, teknologi digital, dan komunikasi efektif: kursus daring, bimtek tatap muka, pendampingan, dan sertifikat yang dapat diperiksa siapa saja.", "SmartVillage Learning equips village officials of Lampung province with project management, digital and communication skills: online courses, face-to-face workshops, mentoring, and certificates anyone can verify."),
 "Home_Public_SignIn": ("Masuk dengan nomor HP atau email", "Sign in with your phone number or email"),
 "Home_Official_Next": ("Langkah berikutnya", "What to do next"),
 "Home_Official_Body": ("Akun Anda sudah aktif. Pasang passkey agar berikutnya cukup masuk dengan sidik jari, lalu lihat data desa Anda.", "Your account is active. Set up a passkey so next time your fingerprint signs you in, then check your village's details."),
 "Home_Official_Passkey": ("Pasang passkey", "Set up a passkey"),
 "Home_Official_Village": ("Desa saya", "My village"),
 "Home_Trainer_Next": ("Untuk pelatih", "For trainers"),
 "Home_Trainer_Body": ("Susun materi dan bimtek untuk aparatur. Lihat sebaran desa dan aparatur per kabupaten untuk merencanakan peserta.", "Prepare courses and workshops for officials. See villages and officials per regency to plan who takes part."),
 "Home_Mentor_Next": ("Untuk pendamping", "For mentors"),
 "Home_Mentor_Body": ("Ikuti aparatur dampingan Anda dan rencana kerja mereka. Mulailah dari wilayah dampingan Anda.", "Follow the officials you mentor and their work plans. Start from the area you mentor."),
 "Home_Reviewer_Next": ("Untuk peninjau", "For reviewers"),
 "Home_Reviewer_Body": ("Telusuri kabupaten, kecamatan, dan desa untuk melihat jumlah aparatur yang terdaftar.", "Drill into regencies, districts and villages to see how many officials are registered."),
 "Home_Reviewer_Scope_Province": ("Cakupan: seluruh Provinsi Lampung", "Scope: all of Lampung province"),
 "Home_Reviewer_Scope_Regency": ("Cakupan: {0}", "Scope: {0}"),
 "Home_Admin_Next": ("Untuk admin", "For admins"),
 "Home_Admin_Body": ("Buat akun, beri peran dan cakupan, setel ulang kata sandi, dan impor daftar aparatur dari berkas CSV.", "Create accounts, assign roles and scopes, reset passwords, and import officials' rosters from CSV."),
 "Home_OpenRegions": ("Buka wilayah", "Open regions"),
 "Home_OpenUsers": ("Kelola pengguna", "Manage users"),
 "Home_OpenImport": ("Impor aparatur", "Import officials"),
 "Regions_Title": ("Wilayah Provinsi Lampung", "Regions of Lampung province"),
 "Regions_Regency": ("Kabupaten/Kota", "Regency/City"),
 "Regions_Districts": ("Kecamatan", "Districts"),
 "Regions_Villages": ("Desa/Kelurahan", "Villages"),
 "Regions_Officials": ("Aparatur terdaftar", "Registered officials"),
 "Regions_Code": ("Kode", "Code"),
 "Regions_Name": ("Nama", "Name"),
 "Regions_LocalTerm": ("Sebutan", "Local term"),
 "Regions_Search": ("Cari", "Search"),
 "Regions_NotFound": ("Wilayah tidak ditemukan.", "Region not found."),
 "Regions_Total": ("{0} kabupaten/kota, {1} kecamatan, {2} desa/kelurahan", "{0} regencies, {1} districts, {2} villages"),
 "Login_Title": ("Masuk", "Sign in"),
 "Login_Hint": ("Gunakan nomor HP atau email yang didaftarkan kabupaten Anda.", "Use the phone number or email your regency registered."),
 "Login_Name": ("Nomor HP atau email", "Phone number or email"),
 "Login_Password": ("Kata sandi", "Password"),
 "Login_Remember": ("Tetap masuk di perangkat ini", "Keep me signed in on this device"),
 "Login_Submit": ("Masuk", "Sign in"),
 "Login_Passkey": ("Masuk dengan passkey (sidik jari)", "Sign in with a passkey (fingerprint)"),
 "Login_PasskeyFailed": ("Passkey tidak dapat dipakai di perangkat ini. Masuk dengan kata sandi.", "The passkey could not be used on this device. Sign in with your password."),
 "Login_Failed": ("Nomor HP/email atau kata sandi salah. Setelah 5 kali salah, akun dikunci 15 menit.", "Wrong phone/email or password. After 5 wrong tries the account is locked for 15 minutes."),
 "Login_Forgot": ("Lupa kata sandi? Hubungi admin kabupaten atau pelatih Anda untuk menyetel ulang.", "Forgot your password? Ask your regency admin or trainer to reset it."),
 "Lockout_Title": ("Akun dikunci sementara", "Account temporarily locked"),
 "Lockout_Body": ("Kata sandi salah 5 kali. Demi keamanan, akun dikunci 15 menit. Coba lagi nanti, atau minta admin kabupaten menyetel ulang kata sandi.", "The password was wrong 5 times. For safety the account is locked for 15 minutes. Try again later, or ask your regency admin to reset the password."),
 "Nav_Authoring": ("Penyusunan kursus", "Course authoring"),
}

here = os.path.dirname(os.path.abspath(__file__))
head = '<?xml version="1.0" encoding="utf-8"?>\n<root>\n  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>\n  <resheader name="version"><value>2.0</value></resheader>\n  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>\n  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>\n'
for suffix, idx in (("", 0), (".en", 1)):
    with open(os.path.join(here, f"SharedResource{suffix}.resx"), "w", encoding="utf-8") as f:
        f.write(head)
        for k, v in S.items():
            f.write(f'  <data name="{k}" xml:space="preserve"><value>{escape(v[idx])}</value></data>\n')
        f.write("</root>\n")
