namespace SmartVillage.Learning.Tests.Features.Assessments;

/// <summary>GIFT files as trainers keep them for Moodle: every question type, categories, feedback, weights, escapes.</summary>
internal static class GiftFiles
{
    public const string EveryType = """
        // Bank soal APBDes untuk Moodle
        $CATEGORY: $course$/Pre-test

        ::TF APBDes::APBDes ditetapkan dengan Peraturan Desa.{T#Kurang tepat, lihat Permendagri 20/2018.#Benar.}

        ::SC Koordinator::[html]Siapa yang <b>mengoordinasikan</b> penyusunan rancangan APBDes?{
            =Sekretaris Desa#Benar, Sekdes koordinator PPKD.
            ~Ketua BPD#BPD membahas dan menyepakati.
            ~Camat#Camat mengevaluasi.
            ####Sekdes adalah koordinator pelaksana pengelolaan keuangan desa.
        }

        ::MA Sumber pendapatan::Mana saja yang termasuk pendapatan desa?{
            ~%50%Dana Desa#Ya.
            ~%50%Alokasi Dana Desa#Ya.
            ~%-100%Pinjaman bank#Bukan pendapatan.
        }

        $CATEGORY: $course$/Pre-test/Istilah

        ::SA Musdes::Musyawarah desa disingkat…{=Musdes#Tepat. =%50%musyawarah*#Singkatannya saja.}

        ::NUM Realisasi::Realisasi Rp 850 juta dari pagu Rp 1 miliar. Berapa persen?{#
            =85:1#Tepat.
            =%50%80..90#Hampir.
            ~#Bagi realisasi dengan pagu.
        }

        ::MATCH Dokumen::Jodohkan dokumen dengan penyiapnya.{
            =RKPDes -> Kaur Perencanaan
            =Buku kas umum -> Kaur Keuangan
            -> Kepala Dusun
        }

        ::MW Musdes::Musyawarah desa dipimpin oleh {=Ketua BPD ~Kepala Desa ~Camat} dan dihadiri unsur masyarakat.

        ::ESSAY Kendala::Ceritakan satu kendala penyusunan APBDes di pekon Anda dan cara mengatasinya.{####Sebut kendala dan langkah nyata.}

        ::DESC Kasus::[markdown]Bacalah kasus berikut: **Pekon Sukamaju** menunda Musdes karena hujan\: apa akibatnya?
        """;

    public const string Broken = """
        $CATEGORY: $course$/Latihan

        ::Baik::Soal yang benar.{=Ya ~Tidak}

        ::Rusak::Soal tanpa jawaban benar.{~Satu ~Dua

        ::Baik 2::Soal lain yang benar.{T}
        """;
}
