<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/challenges/dialogs.py" line="+285"/>
        <source>Mitigation action</source>
        <translation>Tindakan mitigasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What will be done?</source>
        <translation>Apa yang akan dilakukan?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who does it? Type a name</source>
        <translation>Siapa yang mengerjakan? Ketik namanya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done on</source>
        <translation>Selesai pada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Action:</source>
        <translation>&amp;Tindakan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Penanggung jawab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:</source>
        <translation>Tenggat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done:</source>
        <translation>Selesai:</translation>
    </message>
</context>
<context>
    <name>ActionsTableModel</name>
    <message>
        <location filename="../../ui/challenges/models.py" line="+117"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Overdue by %n days</source>
        <translation>
            <numerusform>Terlambat %n hari</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AtRiskDialog</name>
    <message>
        <location filename="../../ui/credentials/dialogs.py" line="+248"/>
        <source>Licences at Risk</source>
        <translation>Izin Berisiko</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence ends within</source>
        <translation>Izin berakhir dalam</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n members without enough credits (SKP)</source>
        <translation>
            <numerusform>%n anggota dengan SKP belum cukup</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../ui/schedule/models.py" line="+251"/>
        <source>Volunteer</source>
        <translation>Relawan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Assigned despite a rule. Reason: %1</source>
        <translation>Didaftarkan meski melanggar aturan. Alasan: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Enter a time such as 08:15.</source>
        <translation>Masukkan jam, misalnya 08:15.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Hours must be a number, such as 3.5.</source>
        <translation>Jam harus berupa angka, misalnya 3.5.</translation>
    </message>
</context>
<context>
    <name>BackgroundCopy</name>
    <message>
        <location filename="../../ui/database/background_copy.py" line="+206"/>
        <source>GroupDesk</source>
        <translation>GroupDesk</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/database/backups_dialog.py" line="+51"/>
        <source>Backups of %1</source>
        <translation>Cadangan %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GroupDesk backs this database up the first time it is opened each day and before every upgrade, import and emptying of the trash, and keeps 7 daily and 4 weekly copies. Backups you make yourself are kept until you delete them.

Backup folder: %1</source>
        <translation>GroupDesk mencadangkan basis data ini saat pertama kali dibuka setiap hari serta sebelum setiap pembaruan, impor, dan pengosongan tempat sampah, lalu menyimpan 7 salinan harian dan 4 salinan mingguan. Cadangan yang Anda buat sendiri disimpan sampai Anda menghapusnya.

Folder cadangan: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Made on</source>
        <translation>Dibuat pada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no backups of this database yet.</source>
        <translation>Belum ada cadangan untuk basis data ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Cadangkan Sekarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Pulihkan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from &amp;Another File…</source>
        <translation>Pulihkan dari &amp;Berkas Lain…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Daily, automatic</source>
        <translation>Harian, otomatis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by hand</source>
        <translation>Dibuat manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>Sebelum impor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before emptying the trash</source>
        <translation>Sebelum mengosongkan tempat sampah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged file, kept for rescue</source>
        <translation>Berkas rusak, disimpan untuk penyelamatan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before an upgrade of GroupDesk</source>
        <translation>Sebelum pembaruan GroupDesk</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Backup failed</source>
        <translation>Pencadangan gagal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup could not be made:

%1</source>
        <translation>Cadangan tidak dapat dibuat:

%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a backup</source>
        <translation>Pilih cadangan</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/dashboard/charts.py" line="+58"/>
        <source>Nothing to show yet</source>
        <translation>Belum ada yang ditampilkan</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Click to see the list</source>
        <translation>Klik untuk melihat daftarnya</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 dari %3)</translation>
    </message>
</context>
<context>
    <name>ChallengeCommands</name>
    <message>
        <location filename="../../ui/challenges/commands.py" line="+27"/>
        <source>New Challenge “%1”</source>
        <translation>Tantangan Baru “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Challenge “%1”</source>
        <translation>Ubah Tantangan “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Challenge “%1”</source>
        <translation>Hapus Tantangan “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen Challenge “%1”</source>
        <translation>Buka Lagi Tantangan “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Mitigating “%1”</source>
        <translation>Mulai Mitigasi “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve Challenge “%1”</source>
        <translation>Selesaikan Tantangan “%1”</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Add Action “%1”</source>
        <translation>Tambah Tindakan “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Action “%1”</source>
        <translation>Ubah Tindakan “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Action Done “%1”</source>
        <translation>Tandai Selesai Tindakan “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Action “%1”</source>
        <translation>Hapus Tindakan “%1”</translation>
    </message>
</context>
<context>
    <name>ChallengeDialog</name>
    <message>
        <location filename="../../ui/challenges/dialogs.py" line="-201"/>
        <source>New challenge</source>
        <translation>Tantangan baru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Challenge</source>
        <translation>Tantangan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What is the group struggling with?</source>
        <translation>Apa kesulitan yang dihadapi kelompok?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no category)</source>
        <translation>(tanpa kategori)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who follows it up? Type a name</source>
        <translation>Siapa yang menindaklanjuti? Ketik namanya</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;verity:</source>
        <translation>Ke&amp;parahan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised on:</source>
        <translation>Dicatat pada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being mitigated since:</source>
        <translation>Dimitigasi sejak:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved on:</source>
        <translation>Selesai pada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerns &amp;profession:</source>
        <translation>Terkait p&amp;rofesi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerns pro&amp;ject:</source>
        <translation>Terkait pr&amp;oyek:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerns &amp;member:</source>
        <translation>Terkait &amp;anggota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>Penanggung ja&amp;wab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Uraian:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigation &amp;notes:</source>
        <translation>Catatan &amp;mitigasi:</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Resolve challenge</source>
        <translation>Selesaikan tantangan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve the challenge anyway?</source>
        <translation>Tetap selesaikan tantangan ini?</translation>
    </message>
</context>
<context>
    <name>ChallengesPage</name>
    <message>
        <location filename="../../ui/challenges/page.py" line="+102"/>
        <source>Search challenges</source>
        <translation>Cari tantangan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not resolved</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All severities</source>
        <translation>Semua tingkat keparahan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue actions</source>
        <translation>Tindakan terlambat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New…</source>
        <translation>&amp;Baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New challenge (Ctrl+N)</source>
        <translation>Tantangan baru (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;mitigation</source>
        <translation>Mulai &amp;mitigasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Selesaikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;open</source>
        <translation>Buka &amp;lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the challenge and its actions (Del); Edit &gt; Undo brings it back</source>
        <translation>Hapus tantangan beserta tindakannya (Del); Sunting &gt; Urungkan mengembalikannya</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Categories…</source>
        <translation>Kategori…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Add action…</source>
        <translation>&amp;Tambah tindakan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a mitigation action (Ctrl+Shift+A)</source>
        <translation>Tambah tindakan mitigasi (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit action…</source>
        <translation>Ubah tindakan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done</source>
        <translation>Tandai s&amp;elesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete action</source>
        <translation>Hapus tindakan</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no category)</source>
        <translation>(tanpa kategori)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Concerning anything</source>
        <translation>Terkait apa saja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profession: %1</source>
        <translation>Profesi: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project: %1</source>
        <translation>Proyek: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any owner</source>
        <translation>Semua penanggung jawab</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n challenges</source>
        <translation>
            <numerusform>%n tantangan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Deleted the action “%1”. Edit &gt; Undo brings it back.</source>
        <translation>Tindakan “%1” dihapus. Sunting &gt; Urungkan mengembalikannya.</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>concerning %1</source>
        <translation>terkait %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&lt;b&gt;Mitigation actions&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Tindakan mitigasi&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Mitigation actions&lt;/b&gt; — select a challenge</source>
        <translation>&lt;b&gt;Tindakan mitigasi&lt;/b&gt; — pilih sebuah tantangan</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot change the status</source>
        <translation>Status tidak dapat diubah</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deleted “%1”. Edit &gt; Undo brings it back.</source>
        <translation>“%1” dihapus. Sunting &gt; Urungkan mengembalikannya.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Cannot mark it done</source>
        <translation>Tidak dapat ditandai selesai</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>＋ New category…</source>
        <translation>＋ Kategori baru…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  (%2, used %3×)</source>
        <translation>%1  (%2, dipakai %3×)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Challenge categories</source>
        <translation>Kategori tantangan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category:</source>
        <translation>Kategori:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New category</source>
        <translation>Kategori baru</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>What should happen to “%1”?</source>
        <translation>Apa yang harus dilakukan dengan “%1”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Ganti nama…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename category</source>
        <translation>Ganti nama kategori</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Categories</source>
        <translation>Kategori</translation>
    </message>
</context>
<context>
    <name>ChallengesTableModel</name>
    <message>
        <location filename="../../ui/challenges/models.py" line="-81"/>
        <source>Challenge</source>
        <translation>Tantangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Keparahan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Concerns</source>
        <translation>Terkait</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Raised</source>
        <translation>Dicatat</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Open actions</source>
        <translation>Tindakan terbuka</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n terlambat</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (%2 terlambat)</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <location filename="../../ui/dashboard/chart_box.py" line="+102"/>
        <source>Double-click or press Enter to see the list</source>
        <translation>Klik dua kali atau tekan Enter untuk melihat daftarnya</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Show as chart</source>
        <translation>Tampilkan sebagai grafik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show as table</source>
        <translation>Tampilkan sebagai tabel</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/schedule/actions.py" line="+64"/>
        <source>This sign-up is blocked</source>
        <translation>Pendaftaran ini diblokir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts for this sign-up</source>
        <translation>Konflik pada pendaftaran ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be put on &lt;b&gt;%2&lt;/b&gt;: a rule blocks it.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; tidak dapat ditempatkan pada &lt;b&gt;%2&lt;/b&gt;: sebuah aturan memblokirnya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Putting &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt; breaks these rules:</source>
        <translation>Menempatkan &lt;b&gt;%1&lt;/b&gt; pada &lt;b&gt;%2&lt;/b&gt; melanggar aturan berikut:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this rule blocks</source>
        <translation>aturan ini memblokir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hard rule, override allowed with a reason</source>
        <translation>aturan wajib, boleh dikecualikan dengan alasan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>peringatan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why assign anyway? (kept on the sign-up)</source>
        <translation>Mengapa tetap ditugaskan? (disimpan pada pendaftaran)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assign anyway</source>
        <translation>Tetap tugaskan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Override reason:</source>
        <translation>Alasan pengecualian:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This rule blocks the sign-up. The organisation&apos;s scheduling rules do not allow an override; choose someone else, or change the rule under Rules….</source>
        <translation>Aturan ini memblokir pendaftaran. Aturan penjadwalan organisasi tidak mengizinkan pengecualian; pilih orang lain, atau ubah aturannya di Aturan….</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>To assign anyway, give a reason of at least %n characters. It is kept on the sign-up and in its history.</source>
        <translation>
            <numerusform>Untuk tetap menugaskan, beri alasan minimal %n karakter. Alasan disimpan pada pendaftaran dan di riwayatnya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../../ui/schedule/models.py" line="+21"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volunteer</source>
        <translation>Relawan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Severity</source>
        <translation>Keparahan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Proyek</translation>
    </message>
</context>
<context>
    <name>CountTexts</name>
    <message numerus="yes">
        <location filename="../../ui/common/count_texts.py" line="+19"/>
        <source>%n mitigation actions are still open.</source>
        <translation>
            <numerusform>%n tindakan mitigasi masih terbuka.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n sign-ups</source>
        <translation>
            <numerusform>%n pendaftaran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n Members</source>
        <translation>
            <numerusform>Hapus %n Anggota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Restore %n Members</source>
        <translation>
            <numerusform>Pulihkan %n Anggota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>New series of %n shifts</source>
        <translation>
            <numerusform>Rangkaian baru %n giliran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hours</source>
        <translation>%1 jam</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Expired %n days ago</source>
        <translation>
            <numerusform>Kedaluwarsa %n hari lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Berakhir dalam %n hari</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialForm</name>
    <message>
        <location filename="../../ui/credentials/dialogs.py" line="-213"/>
        <source>Add Credential</source>
        <translation>Tambah Dokumen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Renew Credential</source>
        <translation>Perpanjang Dokumen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. KKI, Dinas Kesehatan</source>
        <translation>mis. KKI, Dinas Kesehatan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same number when left empty</source>
        <translation>nomor yang sama bila dikosongkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number:</source>
        <translation>&amp;Nomor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issued on:</source>
        <translation>&amp;Terbit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valid until:</source>
        <translation>&amp;Berlaku sampai:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued &amp;by:</source>
        <translation>&amp;Diterbitkan oleh:</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <location filename="../../ui/credentials/models.py" line="+23"/>
        <source>Credential</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued on</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+41"/>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Issued by</source>
        <translation>Diterbitkan oleh</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Renewed</source>
        <translation>Diperpanjang</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profession</source>
        <translation>Profesi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence no.</source>
        <translation>No. izin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SKP earned</source>
        <translation>SKP diperoleh</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SKP required</source>
        <translation>SKP wajib</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../../ui/credentials/dialogs.py" line="+44"/>
        <source>Credentials of %1</source>
        <translation>Dokumen %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Renew…</source>
        <translation>&amp;Perpanjang…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: %2 of %3 credits (SKP) within the licence valid until %4</source>
        <translation>%1: %2 dari %3 SKP dalam masa izin yang berlaku sampai %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 dari %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not enough yet</source>
        <translation>belum cukup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No credits (SKP) are required for this member&apos;s licences.</source>
        <translation>Izin anggota ini tidak mewajibkan SKP.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No kinds of credential are defined for any profession yet.</source>
        <translation>Belum ada jenis dokumen untuk profesi mana pun.</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <location filename="../../ui/database/background_copy.py" line="-113"/>
        <source>Backing up… %p%</source>
        <translation>Mencadangkan… %p%</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Today&apos;s backup is made.</source>
        <translation>Cadangan hari ini sudah dibuat.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/page.py" line="+156"/>
        <source>Refresh  (F5)</source>
        <translation>Muat ulang  (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active members</source>
        <translation>Anggota aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive members</source>
        <translation>Anggota nonaktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed members</source>
        <translation>Anggota menunggak</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Licences expired</source>
        <translation>Izin kedaluwarsa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue mitigation actions</source>
        <translation>Tindakan mitigasi terlambat</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dues collected this month</source>
        <translation>Iuran terkumpul bulan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dues owed by members</source>
        <translation>Tunggakan iuran anggota</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No open challenges</source>
        <translation>Tidak ada tantangan terbuka</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+271"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="-271"/>
        <location line="+272"/>
        <location line="+33"/>
        <source>Project</source>
        <translation>Proyek</translation>
    </message>
    <message>
        <location line="-305"/>
        <location line="+274"/>
        <source>Signed up</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <location line="-274"/>
        <location line="+275"/>
        <source>Needed</source>
        <translation>Dibutuhkan</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Double-click or press Enter to open the shift</source>
        <translation>Klik dua kali atau tekan Enter untuk membuka giliran</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members per profession</source>
        <translation>Anggota per profesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volunteer hours per month</source>
        <translation>Jam relawan per bulan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open challenges by category</source>
        <translation>Tantangan terbuka per kategori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open challenges</source>
        <translation>Tantangan terbuka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Understaffed shifts, next 4 weeks</source>
        <translation>Giliran kurang relawan, 4 minggu ke depan</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>At a glance</source>
        <translation>Sekilas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures for %1</source>
        <translation>Angka untuk %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click to list these members</source>
        <translation>Klik untuk menampilkan daftar anggota ini</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 of %2 places on %n shifts</source>
        <translation>
            <numerusform>%1 dari %2 tempat pada %n giliran</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Click to list the expired licences of members who have not left</source>
        <translation>Klik untuk menampilkan daftar izin kedaluwarsa milik anggota yang belum keluar</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>All %n understaffed shifts…</source>
        <translation>
            <numerusform>Semua %n giliran kurang relawan…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Click to list the licences</source>
        <translation>Klik untuk menampilkan daftar izin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click to list the challenges concerned</source>
        <translation>Klik untuk menampilkan tantangan terkait</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Volunteer hours per month, %1 – %2</source>
        <translation>Jam relawan per bulan, %1 – %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no category)</source>
        <translation>(tanpa kategori)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Expired licences</source>
        <translation>Izin yang kedaluwarsa</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+29"/>
        <location line="+64"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+29"/>
        <location line="+64"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="-281"/>
        <location line="+218"/>
        <source>Profession</source>
        <translation>Profesi</translation>
    </message>
    <message numerus="yes">
        <location line="-288"/>
        <source>Shift places filled, next %n weeks</source>
        <translation>
            <numerusform>Tempat giliran terisi, %n minggu ke depan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Licences expiring in %n days</source>
        <translation>
            <numerusform>Izin berakhir dalam %n hari</numerusform>
        </translation>
    </message>
    <message>
        <location line="+202"/>
        <source>Charged for this month: %1</source>
        <translation>Ditagihkan untuk bulan ini: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click to list this month&apos;s payments</source>
        <translation>Klik untuk melihat pembayaran bulan ini</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n members owe dues. Click to list them.</source>
        <translation>
            <numerusform>%n anggota punya tunggakan iuran. Klik untuk melihat daftarnya.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Payments in %1</source>
        <translation>Pembayaran %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Kwitansi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Licences expiring in the next %n days</source>
        <translation>
            <numerusform>Izin yang berakhir dalam %n hari ke depan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Licence</source>
        <translation>Izin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Berlaku s/d</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Understaffed shifts in the next 4 weeks</source>
        <translation>Giliran kurang relawan dalam 4 minggu ke depan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shifts in the next 4 weeks</source>
        <translation>Giliran dalam 4 minggu ke depan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Places</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Volunteer hours in %1</source>
        <translation>Jam relawan pada %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shift</source>
        <translation>Giliran</translation>
    </message>
    <message>
        <location line="-277"/>
        <location line="+278"/>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Showing the first %1.</source>
        <translation>Menampilkan %1 yang pertama.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="+66"/>
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick the date on a calendar (Alt+Down)</source>
        <translation>Pilih tanggal di kalender (Alt+Bawah)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the date on a calendar</source>
        <translation>Pilih tanggal di kalender</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A date is needed here.</source>
        <translation>Tanggal wajib diisi di sini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a date. Type it day first, e.g. 17/08/2024.</source>
        <translation>“%1” bukan tanggal. Ketik dengan hari dulu, mis. 17/08/2024.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the date day first (17/08/2024 or 17 Agustus 2024), or pick it.</source>
        <translation>Ketik tanggal dengan hari dulu (17/08/2024 atau 17 Agustus 2024), atau pilih di kalender.</translation>
    </message>
</context>
<context>
    <name>DuesCommands</name>
    <message>
        <location filename="../../ui/dues/commands.py" line="+29"/>
        <source>Charge Dues for %1</source>
        <translation>Tagih Iuran %1</translation>
    </message>
</context>
<context>
    <name>DuesPage</name>
    <message>
        <location filename="../../ui/dues/page.py" line="+107"/>
        <source>&amp;Charge…</source>
        <translation>&amp;Tagih…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge the chosen month&apos;s dues to every member due</source>
        <translation>Tagih iuran bulan yang dipilih kepada setiap anggota yang wajib membayar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;Payment…</source>
        <translation>Catat &amp;Pembayaran…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a payment (Ctrl+N)</source>
        <translation>Catat pembayaran (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;rint Receipt…</source>
        <translation>Cetak &amp;Kwitansi…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;verse…</source>
        <translation>Bata&amp;lkan…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reverse the chosen entry with a reason (Del); the ledger keeps both</source>
        <translation>Batalkan entri yang dipilih dengan alasan (Del); buku besar menyimpan keduanya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Statement…</source>
        <translation>&amp;Rincian…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen member&apos;s dues statement</source>
        <translation>Rincian iuran anggota yang dipilih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membership &amp;Type…</source>
        <translation>&amp;Jenis Keanggotaan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen member&apos;s membership type, and from when</source>
        <translation>Jenis keanggotaan anggota yang dipilih, dan sejak kapan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Type…</source>
        <translation>T&amp;ambah Jenis…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Type…</source>
        <translation>&amp;Ubah Jenis…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give to Members &amp;Without a Type…</source>
        <translation>Berikan ke Anggota Tanpa &amp;Jenis…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Month:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All members — type a name or number</source>
        <translation>Semua anggota — ketik nama atau nomor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All months</source>
        <translation>Semua bulan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Paid-until and lapsed follow the ledger (not the date typed)</source>
        <translation>Lunas sampai dan status menunggak mengikuti buku iuran (bukan tanggal yang diketik)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A member who owes is paid until the day before the oldest unpaid month; one who owes nothing, until the end of what their latest charge covers.</source>
        <translation>Anggota yang punya tunggakan dianggap lunas sampai sehari sebelum bulan tertua yang belum dibayar; yang tidak punya tunggakan, sampai akhir masa yang ditanggung tagihan terakhirnya.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dues</source>
        <translation>Iuran</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;Ledger</source>
        <translation>Buku B&amp;esar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Membership &amp;Types</source>
        <translation>Jenis Kea&amp;nggotaan</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(scroll for older ones)</source>
        <translation>(gulir untuk yang lebih lama)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Charge Dues</source>
        <translation>Tagih Iuran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charging %1…</source>
        <translation>Menagih %1…</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+13"/>
        <source>Nothing new to charge for %1.</source>
        <translation>Tidak ada tagihan baru untuk %1.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No membership type has a fee yet: add one on the Membership Types tab.</source>
        <translation>Belum ada jenis keanggotaan yang beriuran: tambahkan di tab Jenis Keanggotaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No member has a membership type yet: give one on the Membership Types tab.</source>
        <translation>Belum ada anggota yang punya jenis keanggotaan: berikan di tab Jenis Keanggotaan.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Payment recorded, receipt %1.</source>
        <translation>Pembayaran dicatat, kwitansi %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The entry was reversed; the ledger keeps both.</source>
        <translation>Entri dibatalkan; buku besar menyimpan keduanya.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Give the type “%1” from %2 to every member who has no type yet?</source>
        <translation>Berikan jenis “%1” mulai %2 kepada setiap anggota yang belum punya jenis?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Membership Type</source>
        <translation>Jenis Keanggotaan</translation>
    </message>
</context>
<context>
    <name>DuesTexts</name>
    <message>
        <location filename="../../ui/dues/texts.py" line="+20"/>
        <source>Charge</source>
        <translation>Tagihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reversal</source>
        <translation>Pembatalan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>per month</source>
        <translation>per bulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per quarter</source>
        <translation>per triwulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per year</source>
        <translation>per tahun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once</source>
        <translation>sekali</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n entri ditampilkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Charge %n members, %1 in all, for %2?</source>
        <translation>
            <numerusform>Akan menagih %n anggota, %1, untuk %2 — lanjutkan?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n members charged %1 for %2.</source>
        <translation>
            <numerusform>%n anggota ditagih %1 untuk %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n members now have the type “%1”.</source>
        <translation>
            <numerusform>%n anggota kini berjenis “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../ui/members/duplicates_dialog.py" line="+81"/>
        <source>same email</source>
        <translation>email sama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone</source>
        <translation>telepon sama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name, same birth date</source>
        <translation>nama mirip, tanggal lahir sama</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Member number</source>
        <translation>Nomor anggota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid until</source>
        <translation>Iuran s/d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to data use</source>
        <translation>Persetujuan penggunaan data</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Possible duplicate</source>
        <translation>Kemungkinan duplikat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Likeness</source>
        <translation>Kemiripan</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Keep: %1</source>
        <translation>Dipertahankan: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge in: %1</source>
        <translation>Digabungkan: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Professions</source>
        <translation>Profesi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skills</source>
        <translation>Keahlian</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interests</source>
        <translation>Minat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign-ups</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The same on both</source>
        <translation>Sama pada keduanya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both are kept</source>
        <translation>Keduanya disimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to keep this value</source>
        <translation>Klik untuk memakai nilai ini</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location line="+20"/>
        <source>Find Duplicates</source>
        <translation>Cari Duplikat</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Click the value to keep where the two differ. Professions, skills, interests, sign-ups, hours and history of both are always kept; the other record then goes to the trash.</source>
        <translation>Klik nilai yang dipakai jika keduanya berbeda. Profesi, keahlian, minat, pendaftaran, jam, dan riwayat keduanya selalu disimpan; data yang lain lalu dipindahkan ke tempat sampah.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keep the Other Record</source>
        <translation>&amp;Pertahankan Data yang Lain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge</source>
        <translation>&amp;Gabungkan</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n possible duplicates</source>
        <translation>
            <numerusform>%n kemungkinan duplikat</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>: same email, same phone, or a similar name with the same birth date. Pick one to compare.</source>
        <translation>: email sama, telepon sama, atau nama mirip dengan tanggal lahir sama. Pilih salah satu untuk dibandingkan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No likely duplicates on the roster.</source>
        <translation>Tidak ada kemungkinan duplikat dalam daftar anggota.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Merge Members?</source>
        <translation>Gabungkan Anggota?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge %1 (%2) into %3 (%4)?

The chosen values are kept, with every profession, sign-up, hour and history entry of both; %1 (%2) goes to the trash. You can undo this with Edit → Undo.</source>
        <translation>Gabungkan %1 (%2) ke %3 (%4)?

Nilai yang dipilih disimpan, beserta semua profesi, pendaftaran, jam, dan riwayat keduanya; %1 (%2) dipindahkan ke tempat sampah. Anda dapat membatalkannya dengan Sunting → Urungkan.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>Cannot Merge</source>
        <translation>Tidak Dapat Digabungkan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../ui/import_wizard/duplicates_page.py" line="+25"/>
        <source>member number, else email, else name plus birth date</source>
        <translation>nomor anggota, atau email, atau nama beserta tanggal lahir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>project name</source>
        <translation>nama proyek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project and start time</source>
        <translation>proyek dan waktu mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member and shift</source>
        <translation>anggota dan giliran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>judul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date, amount, member and reference</source>
        <translation>tanggal, jumlah, anggota, dan referensi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member and activity</source>
        <translation>anggota dan kegiatan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rows that are already here</source>
        <translation>Baris yang sudah ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what happens to rows that match a stored record.</source>
        <translation>Pilih apa yang terjadi pada baris yang cocok dengan data tersimpan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Skip them: keep what is stored</source>
        <translation>&amp;Lewati: pertahankan data yang tersimpan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Update them with the values in the file (you see every change first)</source>
        <translation>&amp;Perbarui dengan nilai dari berkas (setiap perubahan ditampilkan dulu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add them as new records</source>
        <translation>&amp;Tambahkan sebagai data baru</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A row is the same record as a stored one when the %1 match.</source>
        <translation>Sebuah baris dianggap sama dengan data tersimpan bila %1 cocok.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Checking the rows…</source>
        <translation>Memeriksa baris…</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 of %n rows checked…</source>
        <translation>
            <numerusform>%1 dari %n baris diperiksa…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The rows cannot be checked: %1</source>
        <translation>Baris tidak dapat diperiksa: %1</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/common/error_net.py" line="+52"/>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>GroupDesk met a problem it did not expect:

%1

GroupDesk is still running. If a change was being saved when this happened, it was not saved; everything saved before is safe. If it happens again, copy the details and send them to whoever looks after GroupDesk.</source>
        <translation>GroupDesk mengalami masalah yang tidak terduga:

%1

GroupDesk masih berjalan. Jika saat itu ada perubahan yang sedang disimpan, perubahan itu tidak tersimpan; semua yang tersimpan sebelumnya aman. Jika terjadi lagi, salin rinciannya dan kirimkan kepada pengelola GroupDesk.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Copy Details</source>
        <translation>&amp;Salin Rincian</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Show &amp;Details</source>
        <translation>Tampilkan &amp;Rincian</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Copied</source>
        <translation>Tersalin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide &amp;Details</source>
        <translation>Sembunyikan &amp;Rincian</translation>
    </message>
</context>
<context>
    <name>ErrorNet</name>
    <message>
        <location line="+25"/>
        <source>Changed by Someone Else</source>
        <translation>Diubah oleh Orang Lain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved a change to the same data while you were working on it, so yours was not saved. Reload the page to see their version, then make your change again.</source>
        <translation>Orang lain menyimpan perubahan pada data yang sama saat Anda sedang mengerjakannya, sehingga perubahan Anda tidak tersimpan. Muat ulang halaman untuk melihat versi mereka, lalu buat perubahan Anda lagi.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/reports/export_dialog.py" line="+180"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Only the members shown on the Members page</source>
        <translation>Hanya anggota yang tampil di halaman Anggota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind the day before each shift</source>
        <translation>Ingatkan sehari sebelum setiap giliran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Report:</source>
        <translation>&amp;Laporan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Project:</source>
        <translation>&amp;Proyek:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <translation>s/d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;eriod:</source>
        <translation>Pe&amp;riode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;hift:</source>
        <translation>&amp;Giliran:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Member:</source>
        <translation>&amp;Anggota:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;File</source>
        <translation>Buka &amp;Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open F&amp;older</source>
        <translation>Buka F&amp;older</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>All projects</source>
        <translation>Semua proyek</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Shift #%1</source>
        <translation>Giliran #%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Any</source>
        <translation>Semua</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%n shifts will be exported.</source>
        <translation>
            <numerusform>%n giliran akan diekspor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rows will be exported.</source>
        <translation>
            <numerusform>%n baris akan diekspor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>Exported %n shifts to %1.</source>
        <translation>
            <numerusform>%n giliran telah diekspor ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Exported %n rows to %1.</source>
        <translation>
            <numerusform>%n baris telah diekspor ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Export To</source>
        <translation>Ekspor Ke</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n cells held more than the 32,767 characters an Excel cell can hold and were cut; export as CSV to keep them whole.</source>
        <translation>
            <numerusform>%n sel berisi lebih dari 32.767 karakter yang dapat dimuat satu sel Excel dan telah dipotong; ekspor sebagai CSV agar isinya utuh.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export failed: %1</source>
        <translation>Ekspor gagal: %1</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../ui/common/file_dialogs.py" line="+30"/>
        <source>GroupDesk databases (*.sqlite *.db *.groupdesk);;All files (*)</source>
        <translation>Basis data GroupDesk (*.sqlite *.db *.groupdesk);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard/file_page.py" line="+30"/>
        <source>Choose a file</source>
        <translation>Pilih berkas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) or CSV. Nothing is changed until the last step.</source>
        <translation>Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) atau CSV. Tidak ada yang diubah sampai langkah terakhir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer projects</source>
        <translation>Proyek relawan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts</source>
        <translation>Giliran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-ups</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenges</source>
        <translation>Tantangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dues payments</source>
        <translation>Pembayaran iuran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits (SKP)</source>
        <translation>Kredit SKP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The spreadsheet to import</source>
        <translation>Lembar kerja yang akan diimpor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import:</source>
        <translation>&amp;Impor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import from</source>
        <translation>Impor dari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This file cannot be imported: %1</source>
        <translation>Berkas ini tidak dapat diimpor: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file cannot be opened: %1</source>
        <translation>Berkas ini tidak dapat dibuka: %1</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/window/help_dialog.py" line="+34"/>
        <source>GroupDesk Help</source>
        <translation>Bantuan GroupDesk</translation>
    </message>
</context>
<context>
    <name>HoursModel</name>
    <message>
        <location filename="../../ui/schedule/models.py" line="+19"/>
        <source>Volunteer</source>
        <translation>Relawan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Proyek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-shows</source>
        <translation>Tidak hadir</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/import_wizard/field_texts.py" line="+14"/>
        <source>Activity</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity date</source>
        <translation>Tanggal kegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity kind</source>
        <translation>Jenis kegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits (SKP)</source>
        <translation>Kredit SKP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause area</source>
        <translation>Bidang kegiatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in at</source>
        <translation>Jam masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked out at</source>
        <translation>Jam keluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concerns member</source>
        <translation>Terkait anggota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator (member number or name)</source>
        <translation>Koordinator (nomor anggota atau nama)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit or debit</source>
        <translation>Kredit atau debit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dues paid until</source>
        <translation>Iuran s/d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End time</source>
        <translation>Jam selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Nama depan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest education</source>
        <translation>Pendidikan terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests</source>
        <translation>Minat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined on</source>
        <translation>Tanggal bergabung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nama belakang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence number</source>
        <translation>Nomor izin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence valid until</source>
        <translation>Izin berlaku s/d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum volunteers</source>
        <translation>Relawan maksimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member email</source>
        <translation>Email anggota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member name</source>
        <translation>Nama anggota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member number</source>
        <translation>Nomor anggota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member phone</source>
        <translation>Telepon anggota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum volunteers</source>
        <translation>Relawan minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mitigation notes</source>
        <translation>Catatan mitigasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner organisation</source>
        <translation>Organisasi mitra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment date</source>
        <translation>Tanggal bayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Metode pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Physically demanding</source>
        <translation>Berat secara fisik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place and date of birth</source>
        <translation>Tempat dan tanggal lahir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profession</source>
        <translation>Profesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professions</source>
        <translation>Profesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Proyek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project name</source>
        <translation>Nama proyek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised on</source>
        <translation>Dicatat pada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required profession</source>
        <translation>Profesi yang dibutuhkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required skill</source>
        <translation>Keahlian yang dibutuhkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved on</source>
        <translation>Selesai pada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Keparahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift date</source>
        <translation>Tanggal giliran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift start time</source>
        <translation>Jam mulai giliran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills</source>
        <translation>Keahlian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>Jam mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>member number</source>
        <translation>nomor anggota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name and birth date</source>
        <translation>nama dan tanggal lahir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>judul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project and start time</source>
        <translation>proyek dan waktu mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member and shift</source>
        <translation>anggota dan giliran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date, amount, member and reference</source>
        <translation>tanggal, jumlah, anggota, dan referensi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member and activity</source>
        <translation>anggota dan kegiatan</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard/wizard.py" line="+33"/>
        <source>Import from a spreadsheet</source>
        <translation>Impor dari lembar kerja</translation>
    </message>
</context>
<context>
    <name>KindsDialog</name>
    <message>
        <location filename="../../ui/credentials/dialogs.py" line="+90"/>
        <source>Credentials of the profession %1</source>
        <translation>Dokumen profesi %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. STR, SIP, Sertifikat</source>
        <translation>mis. STR, SIP, Sertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the profession&apos;s licence</source>
        <translation>Ini izin profesi tersebut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Ilmiah: 5, Praktik: 10</source>
        <translation>mis. Ilmiah: 5, Praktik: 10</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add Kind</source>
        <translation>&amp;Tambah Jenis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Credits (SKP) required:</source>
        <translation>&amp;SKP wajib:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minimum per category:</source>
        <translation>&amp;Minimum per kategori:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (licence)</source>
        <translation>%1 (izin)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 credits (SKP) within its validity</source>
        <translation>%1 SKP selama masa berlakunya</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: at least %2</source>
        <translation>%1: sedikitnya %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No kinds of credential yet.</source>
        <translation>Belum ada jenis dokumen.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/common/labels.py" line="+41"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation>Menunggak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved to trash</source>
        <translation>Dipindahkan ke tempat sampah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>Dipulihkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged</source>
        <translation>Digabungkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised</source>
        <translation>Dianonimkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <location filename="../../printing/pdf_report.py" line="+77"/>
        <location filename="../../ui/common/labels.py" line="+20"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/common/labels.py" line="+2"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="+26"/>
        <source>unknown</source>
        <comment>who made a change</comment>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being mitigated</source>
        <translation>Sedang dimitigasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Kritis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Occupational groups</source>
        <translation>Kelompok profesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteers</source>
        <translation>Relawan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Umum</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../ui/dues/models.py" line="+60"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Jenis entri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Kwitansi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reversed</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <location filename="../../ui/dashboard/page.py" line="-439"/>
        <source>Double-click or press Enter to open the shift</source>
        <translation>Klik dua kali atau tekan Enter untuk membuka giliran</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="+114"/>
        <source>Dashboard</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professions</source>
        <translation>Profesi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projects &amp;&amp; Shifts</source>
        <translation>Proyek &amp;&amp; Giliran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Challenges</source>
        <translation>Tantangan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>GroupDesk</source>
        <translation>GroupDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (read-only)</source>
        <translation> (hanya baca)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  (read-only)</source>
        <translation>  (hanya baca)</translation>
    </message>
    <message>
        <location filename="../../ui/self_test.py" line="+47"/>
        <location filename="../../ui/window/main_window.py" line="+129"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="+1"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Buka Basis Data…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New Database…</source>
        <translation>Basis Data Ba&amp;ru…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Cadangan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find Member</source>
        <translation>&amp;Cari Anggota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find &amp;Duplicates…</source>
        <translation>Cari &amp;Duplikat…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Dues</source>
        <translation>Iuran</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Getting Started</source>
        <translation>Memulai</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Demo data</source>
        <translation>Data contoh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database already holds data; the demo only goes into an empty one.</source>
        <translation>Basis data ini sudah berisi data; data contoh hanya dapat dimasukkan ke basis data yang kosong.</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%n members on the roster</source>
        <translation>
            <numerusform>%n anggota terdaftar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Showing %1 of %n members</source>
        <translation>
            <numerusform>Menampilkan %1 dari %n anggota</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Dues &amp;Reminders…</source>
        <translation>&amp;Pengingat Iuran…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Ringkasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Members</source>
        <translation>&amp;Anggota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Professions</source>
        <translation>&amp;Profesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects &amp;&amp; &amp;Shifts</source>
        <translation>Proyek &amp;&amp; &amp;Giliran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Challenges</source>
        <translation>&amp;Tantangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ues</source>
        <translation>&amp;Iuran</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Muat Ulang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GroupDesk &amp;Help</source>
        <translation>&amp;Bantuan GroupDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Getting Started</source>
        <translation>&amp;Memulai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About GroupDesk</source>
        <translation>&amp;Tentang GroupDesk</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A database on a server is backed up by the server&apos;s own tools.</source>
        <translation>Basis data di server dicadangkan dengan perangkat server itu sendiri.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up…</source>
        <translation>Mencadangkan…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import Payments…</source>
        <translation>Impor Pembayaran…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders…</source>
        <translation>Pengingat…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>About GroupDesk</source>
        <translation>Tentang GroupDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;GroupDesk %1&lt;/h3&gt;&lt;p&gt;Member rosters, professions, volunteer shifts and challenges for small organisations, kept on your own computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GroupDesk %1&lt;/h3&gt;&lt;p&gt;Daftar anggota, profesi, giliran relawan, dan tantangan untuk organisasi kecil, tersimpan di komputer Anda sendiri.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard/mapping_page.py" line="+33"/>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check which field each column fills. Columns set to “do not import” are left out.</source>
        <translation>Periksa isian yang diisi setiap kolom. Kolom bertanda “jangan impor” dilewati.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save as template…</source>
        <translation>&amp;Simpan sebagai templat…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved mapping:</source>
        <translation>Pemetaan tersimpan:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column in the file</source>
        <translation>Kolom di berkas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First values</source>
        <translation>Nilai pertama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Diimpor sebagai</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>— do not import —</source>
        <translation>— jangan impor —</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(guessed from the headings)</source>
        <translation>(ditebak dari judul kolom)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Guessed from the column headings; %1 of %n columns recognised.</source>
        <translation>
            <numerusform>Ditebak dari judul kolom; %1 dari %n kolom dikenali.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Guessed from the column headings.</source>
        <translation>Ditebak dari judul kolom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taken from the saved mapping “%1”, made for files with these headings.</source>
        <translation>Diambil dari pemetaan tersimpan “%1”, yang dibuat untuk berkas dengan judul kolom ini.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose a column for: %1.</source>
        <translation>Pilih kolom untuk: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each field can come from one column only: %1.</source>
        <translation>Setiap isian hanya boleh berasal dari satu kolom: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save mapping</source>
        <translation>Simpan pemetaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name for this mapping (e.g. “Monthly export”):</source>
        <translation>Nama pemetaan ini (mis. “Ekspor bulanan”):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved as “%1”; it will be offered again for files with these headings.</source>
        <translation>Disimpan sebagai “%1”; akan ditawarkan lagi untuk berkas dengan judul kolom ini.</translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message>
        <location filename="../../ui/members/commands.py" line="+44"/>
        <source>New Member %1</source>
        <translation>Anggota Baru %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Edit %1</source>
        <translation>Ubah %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Delete %1</source>
        <translation>Hapus %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore %1</source>
        <translation>Pulihkan %1</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/members/dialog.py" line="+97"/>
        <source>Choose a photo</source>
        <translation>Pilih foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Gambar (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>New Member</source>
        <translation>Anggota Baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member %1</source>
        <translation>Anggota %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Details</source>
        <translation>&amp;Rincian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Professions</source>
        <translation>&amp;Profesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skills &amp;&amp; Interests</source>
        <translation>&amp;Keahlian &amp;&amp; Minat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Availability</source>
        <translation>Ketersedia&amp;an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;More Fields</source>
        <translation>&amp;Isian Lain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History</source>
        <translation>Ri&amp;wayat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ues</source>
        <translation>I&amp;uran</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>e.g. 0812-3456-7890</source>
        <translation>mis. 0812-3456-7890</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agrees that we keep their personal data</source>
        <translation>Setuju data pribadinya kami simpan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>16 digits, as on the KTP</source>
        <translation>16 angka, seperti di KTP</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Member &amp;number:</source>
        <translation>&amp;Nomor anggota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NI&amp;K:</source>
        <translation>N&amp;IK:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gender:</source>
        <translation>Jenis &amp;kelamin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of bi&amp;rth:</source>
        <translation>Tem&amp;pat lahir:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth date:</source>
        <translation>Tanggal la&amp;hir:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest educat&amp;ion:</source>
        <translation>Pen&amp;didikan terakhir:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Joined on:</source>
        <translation>Tanggal &amp;gabung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid &amp;until:</source>
        <translation>Iuran &amp;s/d:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City:</source>
        <translation>K&amp;ota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>Ala&amp;mat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent:</source>
        <translation>Persetujuan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent &amp;date:</source>
        <translation>Tanggal persetu&amp;juan:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose Pho&amp;to…</source>
        <translation>Pilih &amp;Foto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Photo</source>
        <translation>Hapus Foto</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No photo</source>
        <translation>Tanpa foto</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Profession</source>
        <translation>Profesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualification</source>
        <translation>Kualifikasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence no. (STR/SIP)</source>
        <translation>No. izin (STR/SIP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence valid until</source>
        <translation>Izin berlaku s/d</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add Profession</source>
        <translation>Tambah Profesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>&amp;Credentials (STR, SIP, SKP)…</source>
        <translation>&amp;Dokumen (STR, SIP, SKP)…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Skills</source>
        <translation>Keahlian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interested in (cause areas)</source>
        <translation>Minat (bidang kegiatan)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add Time</source>
        <translation>Tambah Waktu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When can this member volunteer each week?</source>
        <translation>Kapan anggota ini dapat menjadi relawan setiap minggu?</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old value</source>
        <translation>Nilai lama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New value</source>
        <translation>Nilai baru</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../ui/widgets/member_picker.py" line="+34"/>
        <source>Type a name or member number</source>
        <translation>Ketik nama atau nomor anggota</translation>
    </message>
</context>
<context>
    <name>MemberTypeDialog</name>
    <message>
        <location filename="../../ui/dues/member_type_dialog.py" line="+41"/>
        <source>Membership Type: %1</source>
        <translation>Jenis Keanggotaan: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Type:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>&amp;Mulai:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No membership type yet.</source>
        <translation>Belum punya jenis keanggotaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 since %2</source>
        <translation>%1 sejak %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 from %2 to %3</source>
        <translation>%1 dari %2 sampai %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the day the type counts from.</source>
        <translation>Isi tanggal mulai berlakunya jenis ini.</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../ui/members/page.py" line="+71"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid until</source>
        <translation>Iuran s/d</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changed by Someone Else</source>
        <translation>Diubah oleh Orang Lain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved changes to %1 while you were editing.</source>
        <translation>Orang lain menyimpan perubahan pada %1 saat Anda sedang menyunting.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reload to see their version and edit again, or keep yours: the fields you changed are saved over theirs, the rest stays as they saved it.</source>
        <translation>Muat ulang untuk melihat versi mereka dan menyunting lagi, atau pertahankan milik Anda: kolom yang Anda ubah disimpan menimpa milik mereka, sisanya tetap seperti yang mereka simpan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reload</source>
        <translation>&amp;Muat Ulang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Pertahankan Milik Saya</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Search members  (Ctrl+F)</source>
        <translation>Cari anggota  (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More Filters</source>
        <translation>Filter Lain</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New Member…</source>
        <translation>Anggota &amp;Baru…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Member…</source>
        <translation>&amp;Ubah Anggota…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Trash</source>
        <translation>Tampilkan &amp;Tempat Sampah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Challenges Concerning This Member</source>
        <translation>Tantangan Terkait Anggota Ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Personal Data…</source>
        <translation>Ekspor Data Pribadi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymise…</source>
        <translation>Anonimkan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty Trash…</source>
        <translation>Kosongkan Tempat Sampah…</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Finds members by name, member number, phone, email, city or NIK.</source>
        <translation>Mencari anggota berdasarkan nama, nomor anggota, telepon, email, kota, atau NIK.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Any gender</source>
        <translation>Semua jenis kelamin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any education</source>
        <translation>Semua pendidikan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>value</source>
        <translation>nilai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence expires within</source>
        <translation>Izin berakhir dalam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still valid today and ending within these days; members who left not counted.</source>
        <translation>Masih berlaku hari ini dan berakhir dalam jumlah hari ini; anggota yang sudah keluar tidak dihitung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Licence expired</source>
        <translation>Izin kedaluwarsa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal due within</source>
        <translation>Perpanjangan jatuh tempo dalam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owes dues</source>
        <translation>Punya tunggakan iuran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members with dues owing on the dues ledger.</source>
        <translation>Anggota yang masih punya tunggakan di buku iuran.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear Filters</source>
        <translation>Hapus Filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profession:</source>
        <translation>Profesi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skill:</source>
        <translation>Keahlian:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interest:</source>
        <translation>Minat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City:</source>
        <translation>Kota:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gender:</source>
        <translation>Jenis kelamin:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Education:</source>
        <translation>Pendidikan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field:</source>
        <translation>Isian:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Any profession</source>
        <translation>Semua profesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any skill</source>
        <translation>Semua keahlian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any interest</source>
        <translation>Semua minat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any city</source>
        <translation>Semua kota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(own fields)</source>
        <translation>(isian sendiri)</translation>
    </message>
    <message numerus="yes">
        <location line="+172"/>
        <source>%n members</source>
        <translation>
            <numerusform>%n anggota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n members</source>
        <translation>
            <numerusform>%1 dari %n anggota</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The search and filters were cleared to show the member you saved.</source>
        <translation>Pencarian dan filter dikosongkan agar anggota yang Anda simpan terlihat.</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>%1 moved to the trash.</source>
        <translation>%1 dipindahkan ke tempat sampah.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n members moved to the trash.</source>
        <translation>
            <numerusform>%n anggota dipindahkan ke tempat sampah.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Delete the %n members in the trash for good, with their sign-ups and hours? This cannot be undone.</source>
        <translation>
            <numerusform>Hapus permanen %n anggota di tempat sampah, beserta pendaftaran dan jam mereka? Tindakan ini tidak dapat dibatalkan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-112"/>
        <source> (read-only)</source>
        <translation> (hanya baca)</translation>
    </message>
    <message numerus="yes">
        <location line="-129"/>
        <source>%n members in the trash</source>
        <translation>
            <numerusform>%n anggota di tempat sampah</numerusform>
        </translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Someone else changed this member; the table now shows it.</source>
        <translation>Orang lain telah mengubah anggota ini; tabel kini menampilkan perubahannya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 not saved: %3</source>
        <translation>%1 milik %2 tidak tersimpan: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change %1 of %2</source>
        <translation>Ubah %1 milik %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Empty Trash</source>
        <translation>Kosongkan Tempat Sampah</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The trash was not emptied: no backup could be made (%1).</source>
        <translation>Tempat sampah tidak dikosongkan: cadangan tidak dapat dibuat (%1).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <location filename="../../ui/members/model.py" line="+61"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid until</source>
        <translation>Iuran s/d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed</source>
        <comment>dues a member owes</comment>
        <translation>Tunggakan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence</source>
        <translation>Izin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence valid until</source>
        <translation>Izin berlaku s/d</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>OpenDatabase</name>
    <message>
        <location filename="../../ui/database/open_database_flow.py" line="+58"/>
        <source>Open read-only</source>
        <translation>Buka hanya-baca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another file…</source>
        <translation>Pilih berkas lain…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new database…</source>
        <translation>Buat basis data baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup…</source>
        <translation>Pulihkan dari cadangan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work on a copy on this computer…</source>
        <translation>Bekerja dengan salinan di komputer ini…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No backup can be made in the backup folder, so nothing was changed.</source>
        <translation>Cadangan tidak dapat dibuat di folder cadangan, jadi tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database file does not exist.</source>
        <translation>Berkas basis data ini tidak ada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is a database, but not a GroupDesk one.</source>
        <translation>Berkas ini basis data, tetapi bukan milik GroupDesk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file is not a GroupDesk database.</source>
        <translation>Berkas ini bukan basis data GroupDesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+190"/>
        <source>This database is damaged.</source>
        <translation>Basis data ini rusak.</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>This database was saved by a newer GroupDesk.</source>
        <translation>Basis data ini disimpan oleh GroupDesk versi yang lebih baru.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GroupDesk can read this database but not change it.</source>
        <translation>GroupDesk dapat membaca basis data ini, tetapi tidak dapat mengubahnya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database is on a network share.</source>
        <translation>Basis data ini berada di folder jaringan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database is already open for changes elsewhere.</source>
        <translation>Basis data ini sudah dibuka untuk diubah di tempat lain.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database could not be brought up to date.</source>
        <translation>Basis data ini tidak dapat diperbarui.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GroupDesk cannot open this database.</source>
        <translation>GroupDesk tidak dapat membuka basis data ini.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot open the database</source>
        <translation>Basis data tidak dapat dibuka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has not been changed.</source>
        <translation>Berkas tidak diubah.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open a GroupDesk database</source>
        <translation>Buka basis data GroupDesk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Create a new GroupDesk database</source>
        <translation>Buat basis data GroupDesk baru</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save a copy on this computer</source>
        <translation>Simpan salinan di komputer ini</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+18"/>
        <source>No backup today</source>
        <translation>Tidak ada cadangan hari ini</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+18"/>
        <source>The database opened normally, but today&apos;s automatic backup could not be made:

%1

Check the backup folder, or make a backup with File › Backups.</source>
        <translation>Basis data terbuka dengan normal, tetapi cadangan otomatis hari ini tidak dapat dibuat:

%1

Periksa folder cadangan, atau buat cadangan melalui Berkas › Cadangan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Today&apos;s automatic backup found damage in the database:

%1

The backups made before are kept. Restore one with File › Backups before making more changes.</source>
        <translation>Cadangan otomatis hari ini menemukan kerusakan pada basis data:

%1

Cadangan yang dibuat sebelumnya tetap disimpan. Pulihkan salah satunya lewat Berkas › Cadangan sebelum membuat perubahan lagi.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restoring %1…</source>
        <translation>Memulihkan %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+37"/>
        <source>Cannot restore</source>
        <translation>Tidak dapat memulihkan</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Restore this backup?</source>
        <translation>Pulihkan cadangan ini?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database will be replaced by the backup %1.

What it holds now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Basis data akan diganti dengan cadangan %1.

Isinya saat ini dicadangkan lebih dulu, sehingga langkah ini dapat dibatalkan dengan memulihkan cadangan tersebut.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The database was restored from %1.</source>
        <translation>Basis data telah dipulihkan dari %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What it held before is kept in %1.</source>
        <translation>Isi sebelumnya disimpan di %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot copy</source>
        <translation>Tidak dapat menyalin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy could not be made:

%1</source>
        <translation>Salinan tidak dapat dibuat:

%1</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/dues/payment_dialog.py" line="+45"/>
        <source>Record Payment</source>
        <translation>Catat Pembayaran</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Rp 150.000 or 150rb</source>
        <translation>mis. Rp 150.000 atau 150rb</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>transfer or QRIS reference, if any</source>
        <translation>referensi transfer atau QRIS, bila ada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Member:</source>
        <translation>&amp;Anggota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Jumlah:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date paid:</source>
        <translation>&amp;Tanggal bayar:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid &amp;by:</source>
        <translation>&amp;Cara bayar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Referensi:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the member who paid.</source>
        <translation>Pilih anggota yang membayar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the day the money was paid.</source>
        <translation>Isi tanggal uang dibayarkan.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <location filename="../../ui/members/personal_data.py" line="+32"/>
        <location line="+43"/>
        <location line="+16"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>Export Personal Data</source>
        <translation>Ekspor Data Pribadi</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>JSON file (*.json);;Text file (*.txt)</source>
        <translation>Berkas JSON (*.json);;Berkas teks (*.txt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anonymise</source>
        <translation>Anonimkan</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+62"/>
        <source>This member no longer exists.</source>
        <translation>Anggota ini sudah tidak ada.</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+10"/>
        <source>The file could not be written: %1</source>
        <translation>Berkas tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Everything held about %1 was saved to %2.</source>
        <translation>Semua data tentang %1 telah disimpan ke %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Anonymise Member</source>
        <translation>Anonimkan Anggota</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Anonymise %1 (%2)?

Their name, email, phone, birth date, address, city, notes, licence numbers and custom fields are wiped, also from the change history. Sign-ups, hours and status are kept for the statistics.

This cannot be undone. Export their personal data first if they asked for a copy.</source>
        <translation>Anonimkan %1 (%2)?

Nama, email, telepon, tanggal lahir, alamat, kota, catatan, nomor izin, dan isian tambahannya dihapus, juga dari riwayat perubahan. Pendaftaran, jam, dan status tetap disimpan untuk statistik.

Tindakan ini tidak dapat dibatalkan. Ekspor data pribadinya lebih dulu jika ia meminta salinannya.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../ui/import_wizard/preview_model.py" line="+50"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Perbarui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip (already here)</source>
        <translation>Lewati (sudah ada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Bermasalah</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+106"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+22"/>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Stored: %1
In the file: %2</source>
        <translation>Tersimpan: %1
Di berkas: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Update rejected</source>
        <translation>Pembaruan ditolak</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Found by %1.</source>
        <translation>Ditemukan lewat %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick to keep the stored record as it is.</source>
        <translation>Hapus centang untuk mempertahankan data tersimpan apa adanya.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/import_wizard/preview_page.py" line="+26"/>
        <source>Check before importing</source>
        <translation>Periksa sebelum mengimpor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Red cells have a problem (point at them for the reason) and can be fixed here; yellow cells have a warning; green cells are changes to stored records.</source>
        <translation>Sel merah bermasalah (arahkan penunjuk ke sel untuk melihat alasannya) dan dapat diperbaiki di sini; sel kuning berisi peringatan; sel hijau adalah perubahan pada data tersimpan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only rows with problems or changes</source>
        <translation>Tampilkan hanya baris yang bermasalah atau berubah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept all changes</source>
        <translation>Terima semua perubahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject all changes</source>
        <translation>Tolak semua perubahan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import only the valid rows (rows with errors go to the error report)</source>
        <translation>Impor hanya baris yang benar (baris bermasalah masuk ke laporan kesalahan)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 to add, %2 to update, %3 left as they are, %4 with errors, %5 with warnings.</source>
        <translation>%1 akan ditambahkan, %2 akan diperbarui, %3 dibiarkan, %4 bermasalah, %5 dengan peringatan.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n rows have errors. Fix the red cells, or tick “Import only the valid rows”.</source>
        <translation>
            <numerusform>%n baris bermasalah. Perbaiki sel merah, atau centang “Impor hanya baris yang benar”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfessionDialog</name>
    <message>
        <location filename="../../ui/professions/page.py" line="+68"/>
        <source>Edit Profession</source>
        <translation>Ubah Profesi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Profession</source>
        <translation>Profesi Baru</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Bidan</source>
        <translation>mis. Bidan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Members need a licence to practise</source>
        <translation>Anggota memerlukan izin praktik</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description:</source>
        <translation>&amp;Uraian:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not Saved</source>
        <translation>Tidak Tersimpan</translation>
    </message>
</context>
<context>
    <name>Professions</name>
    <message>
        <location filename="../../ui/professions/models.py" line="+23"/>
        <location line="+75"/>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Expires today</source>
        <translation>Berakhir hari ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires tomorrow</source>
        <translation>Berakhir besok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>No licence needed</source>
        <translation>Tanpa izin</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>No licence number</source>
        <translation>Belum ada nomor izin</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Profession</source>
        <translation>Profesi</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+88"/>
        <source>Licence</source>
        <translation>Izin</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expiring</source>
        <translation>Akan berakhir</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members need a licence to practise</source>
        <translation>Anggota memerlukan izin praktik</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Licences ending within the chosen number of days</source>
        <translation>Izin yang berakhir dalam jumlah hari yang dipilih</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Licences that have already ended</source>
        <translation>Izin yang sudah berakhir</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qualification</source>
        <translation>Kualifikasi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Licence no.</source>
        <translation>No. izin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid until</source>
        <translation>Berlaku s/d</translation>
    </message>
</context>
<context>
    <name>ProfessionsPage</name>
    <message>
        <location filename="../../ui/professions/page.py" line="+36"/>
        <source>&amp;New Profession…</source>
        <translation>Profesi &amp;Baru…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cre&amp;dentials…</source>
        <translation>&amp;Dokumen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kinds of credential the profession issues and the credits they require</source>
        <translation>Jenis dokumen yang diterbitkan untuk profesi ini dan SKP yang diwajibkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits at &amp;Risk…</source>
        <translation>SKP &amp;Berisiko…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members whose licence ends soon without enough credits (SKP)</source>
        <translation>Anggota yang izinnya segera berakhir dengan SKP belum cukup</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A licence ending within this many days counts as expiring.</source>
        <translation>Izin yang berakhir dalam jumlah hari ini dianggap akan berakhir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licences expiring within</source>
        <translation>Izin berakhir dalam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only licences needing attention</source>
        <translation>Hanya izin yang perlu perhatian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expired, expiring within the chosen days, or without a licence number.</source>
        <translation>Kedaluwarsa, akan berakhir dalam jumlah hari yang dipilih, atau tanpa nomor izin.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Expired 365 days ago</source>
        <translation>Kedaluwarsa 365 hari lalu</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>No professions yet</source>
        <translation>Belum ada profesi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Members who are %1</source>
        <translation>Anggota berprofesi %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n members</source>
        <translation>
            <numerusform>%n anggota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%1 is held by %n members.</source>
        <translation>
            <numerusform>%1 dimiliki oleh %n anggota.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Deleting it removes it from them, with their licence details, and from %n projects, shifts or challenges.</source>
        <translation>
            <numerusform>Menghapusnya akan melepasnya dari mereka, beserta rincian izinnya, dan dari %n proyek, giliran, atau tantangan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Anda dapat membatalkannya dengan Sunting → Urungkan.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>%1 expiring</source>
        <translation>%1 akan berakhir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 expired</source>
        <translation>%1 kedaluwarsa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shown</source>
        <translation>%1 ditampilkan</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Professions</source>
        <translation>Profesi</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not Deleted</source>
        <translation>Tidak Dihapus</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Delete %1?</source>
        <translation>Hapus %1?</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/import_wizard/widgets.py" line="+28"/>
        <source>Ca&amp;ncel</source>
        <translation>Ba&amp;tal</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <location filename="../../ui/schedule/project_dialog.py" line="+39"/>
        <source>Project</source>
        <translation>Proyek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New project</source>
        <translation>Proyek baru</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a name to find the coordinator</source>
        <translation>Ketik nama untuk mencari koordinator</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cause area:</source>
        <translation>&amp;Bidang kegiatan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Mitra:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lokasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts on:</source>
        <translation>Tanggal m&amp;ulai:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends on:</source>
        <translation>Tanggal s&amp;elesai:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;oordinator:</source>
        <translation>&amp;Koordinator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>U&amp;raian:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required professions
and skills:</source>
        <translation>Profesi dan keahlian
yang dibutuhkan:</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <location filename="../../ui/schedule/models.py" line="-345"/>
        <source>Project</source>
        <translation>Proyek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>Mendatang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts</source>
        <translation>Giliran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../ui/schedule/projects_page.py" line="+140"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to today (Ctrl+T)</source>
        <translation>Ke hari ini (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List</source>
        <translation>Daftar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New shift…</source>
        <translation>Giliran baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a shift or a repeating series (Ctrl+N)</source>
        <translation>Rencanakan giliran atau rangkaian berulang (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy week…</source>
        <translation>Salin minggu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this week&apos;s shifts to another week</source>
        <translation>Salin giliran minggu ini ke minggu lain</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rules…</source>
        <translation>Aturan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone, message language and the volunteers&apos; wellbeing limits</source>
        <translation>Zona waktu, bahasa pesan, dan batas kesejahteraan relawan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New project…</source>
        <translation>Proyek baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit project…</source>
        <translation>Ubah proyek…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected project (Ctrl+E)</source>
        <translation>Ubah proyek yang dipilih (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Find active members…</source>
        <translation>Cari anggota aktif…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Drag a member onto a shift to assign them.</source>
        <translation>Seret anggota ke giliran untuk menugaskannya.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Projects</source>
        <translation>Proyek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteers</source>
        <translation>Relawan</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>All months</source>
        <translation>Semua bulan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Find cover</source>
        <translation>Cari pengganti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Previous day</source>
        <translation>Hari sebelumnya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next day</source>
        <translation>Hari berikutnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous week</source>
        <translation>Minggu sebelumnya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next week</source>
        <translation>Minggu berikutnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (Alt+Left)</source>
        <translation>%1 (Alt+Kiri)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (Alt+Right)</source>
        <translation>%1 (Alt+Kanan)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>All projects</source>
        <translation>Semua proyek</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pick a project to see its figures.</source>
        <translation>Pilih proyek untuk melihat angkanya.</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n shifts, %1 below minimum</source>
        <translation>
            <numerusform>%n giliran, %1 di bawah minimum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n problems (%1 hard) among the sign-ups shown.</source>
        <translation>
            <numerusform>%n masalah (%1 wajib) di antara pendaftaran yang ditampilkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+132"/>
        <source>Copy week (%n shifts)</source>
        <translation>
            <numerusform>Salin minggu (%n giliran)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-136"/>
        <source>No conflicts in this range.</source>
        <translation>Tidak ada konflik dalam rentang ini.</translation>
    </message>
    <message numerus="yes">
        <location line="-71"/>
        <source>&lt;b&gt;Upcoming shifts:&lt;/b&gt; %1 (%2 below minimum)&lt;br&gt;&lt;b&gt;Sign-ups:&lt;/b&gt; %3, waitlist %4&lt;br&gt;&lt;b&gt;Hours given:&lt;/b&gt; %5 by %n volunteers&lt;br&gt;&lt;b&gt;No-shows:&lt;/b&gt; %6</source>
        <translation>
            <numerusform>&lt;b&gt;Giliran mendatang:&lt;/b&gt; %1 (%2 di bawah minimum)&lt;br&gt;&lt;b&gt;Pendaftaran:&lt;/b&gt; %3, daftar tunggu %4&lt;br&gt;&lt;b&gt;Jam diberikan:&lt;/b&gt; %5 oleh %n relawan&lt;br&gt;&lt;b&gt;Tidak hadir:&lt;/b&gt; %6</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Conflicts (%1)</source>
        <translation>Konflik (%1)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Copy week</source>
        <translation>Salin minggu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy to the week of:</source>
        <translation>Salin ke minggu:</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../ui/dues/receipt_dialog.py" line="+43"/>
        <source>Receipt</source>
        <translation>Kwitansi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt number: %1</source>
        <translation>Nomor kwitansi: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print Receipt…</source>
        <translation>&amp;Cetak Kwitansi…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save Receipt As</source>
        <translation>Simpan Kwitansi Sebagai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The receipt could not be saved: %1</source>
        <translation>Kwitansi tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved the receipt to %1.</source>
        <translation>Kwitansi disimpan ke %1.</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../../ui/dues/reminders_dialog.py" line="+173"/>
        <source>Dues Reminders</source>
        <translation>Pengingat Iuran</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Include dues falling due &amp;within:</source>
        <translation>Sertakan iuran yang jatuh tempo &amp;dalam:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Text in:</source>
        <translation>&amp;Teks dalam:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reminder text</source>
        <translation>Teks pengingat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;WhatsApp</source>
        <translation>Buka &amp;WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Text</source>
        <translation>&amp;Salin Teks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print Letters…</source>
        <translation>&amp;Cetak Surat…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One letter a page for each member selected (Ctrl+A selects them all)</source>
        <translation>Satu surat per halaman untuk setiap anggota yang dipilih (Ctrl+A memilih semuanya)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading the members who owe dues…</source>
        <translation>Membaca anggota yang berutang iuran…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n members to remind</source>
        <translation>
            <numerusform>%n anggota perlu diingatkan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 has no phone number WhatsApp can use.</source>
        <translation>%1 tidak punya nomor telepon yang bisa dipakai WhatsApp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WhatsApp could not be opened on this computer.</source>
        <translation>WhatsApp tidak dapat dibuka di komputer ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: WhatsApp opened with the text.</source>
        <translation>%1: WhatsApp dibuka dengan teksnya.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the text is on the clipboard.</source>
        <translation>%1: teksnya sudah disalin ke papan klip.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The reminder was not recorded: %1</source>
        <translation>Pengingat tidak tercatat: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reminders</source>
        <comment>the suggested file name of the letters</comment>
        <translation>pengingat-iuran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Reminder Letters</source>
        <translation>Simpan Surat Pengingat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Writing the letters…</source>
        <translation>Menulis surat…</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Wrote %n letters to %1 and recorded them as reminded.</source>
        <translation>
            <numerusform>Menulis %n surat ke %1 dan mencatat anggotanya sudah diingatkan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The letters were not written: %1</source>
        <translation>Surat tidak ditulis: %1</translation>
    </message>
</context>
<context>
    <name>RemindersModel</name>
    <message>
        <location line="-360"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed</source>
        <translation>Terutang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oldest unpaid</source>
        <translation>Tunggakan terlama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last reminded</source>
        <translation>Terakhir diingatkan</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../ui/reports/texts.py" line="+18"/>
        <source>Member roster</source>
        <translation>Daftar anggota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone on the roster, or just the members the Members page is filtered to. Imports back into GroupDesk unchanged.</source>
        <translation>Semua anggota dalam daftar, atau hanya anggota hasil filter di halaman Anggota. Dapat diimpor kembali ke GroupDesk tanpa perubahan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Professions and licences</source>
        <translation>Profesi dan izin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members per profession with their licence numbers, expiry dates and how many days are left.</source>
        <translation>Anggota per profesi dengan nomor izin, tanggal berakhir, dan sisa harinya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shift schedule</source>
        <translation>Jadwal giliran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shifts by project and week, one sheet per project, with who signed up. As a calendar file, volunteers can add the shifts to their phones.</source>
        <translation>Giliran per proyek dan minggu, satu lembar per proyek, beserta siapa yang mendaftar. Sebagai berkas kalender, relawan dapat menambahkan giliran ke ponsel mereka.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Volunteer hours</source>
        <translation>Jam relawan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours served per member, per project and per month, with totals.</source>
        <translation>Jam pengabdian per anggota, per proyek, dan per bulan, beserta totalnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Understaffed shifts</source>
        <translation>Giliran kurang relawan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming shifts with fewer volunteers than they need, and by how many.</source>
        <translation>Giliran mendatang yang relawannya kurang dari kebutuhan, dan berapa kekurangannya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Challenges register</source>
        <translation>Daftar tantangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every challenge with its category, severity, owner and progress, and the actions taken.</source>
        <translation>Setiap tantangan dengan kategori, tingkat keparahan, penanggung jawab, dan perkembangannya, serta tindakan yang diambil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in sheet</source>
        <translation>Daftar hadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A printable sheet for one shift: names, phone numbers and a column to sign.</source>
        <translation>Lembar siap cetak untuk satu giliran: nama, nomor telepon, dan kolom tanda tangan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dues payments</source>
        <translation>Pembayaran iuran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every dues payment in the period with its receipt number, and the money received per month and per membership type.</source>
        <translation>Setiap pembayaran iuran dalam periode ini dengan nomor kuitansinya, serta uang yang diterima per bulan dan per jenis keanggotaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dues arrears</source>
        <translation>Tunggakan iuran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every member who owes dues: since when, how much, and how much of it is over 30 and over 90 days old.</source>
        <translation>Setiap anggota yang menunggak iuran: sejak kapan, berapa, dan berapa di antaranya yang lebih dari 30 dan lebih dari 90 hari.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dues expected and collected</source>
        <translation>Iuran yang ditagih dan yang terkumpul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dues charged against dues collected, per month and per membership type.</source>
        <translation>Iuran yang ditagih dibandingkan dengan iuran yang terkumpul, per bulan dan per jenis keanggotaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member statement</source>
        <translation>Rekening koran anggota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One member&apos;s account: every charge, payment and reversal with the balance after each.</source>
        <translation>Rekening seorang anggota: setiap tagihan, pembayaran, dan pembatalan dengan saldo sesudahnya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credentials and credits (SKP)</source>
        <translation>STR, SIP, sertifikat dan SKP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials (STR, SIP, certificates) by profession with the credits (SKP) earned and required, and the licences at risk; with --member, one member&apos;s sheet.</source>
        <translation>STR, SIP dan sertifikat per profesi dengan SKP yang diperoleh dan yang wajib, serta izin yang berisiko; dengan --member, lembar satu anggota.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Buku kerja Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV, UTF-8 (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar (.ics)</source>
        <translation>Kalender (.ics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF for printing (.pdf)</source>
        <translation>PDF untuk dicetak (.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No members match these choices</source>
        <translation>Tidak ada anggota yang cocok dengan pilihan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No licences</source>
        <translation>Tidak ada izin praktik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No shifts</source>
        <translation>Tidak ada giliran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No volunteer hours</source>
        <translation>Tidak ada jam relawan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No understaffed shifts</source>
        <translation>Tidak ada giliran yang kurang relawan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No challenges</source>
        <translation>Tidak ada tantangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is signed up for this shift</source>
        <translation>Belum ada yang mendaftar untuk giliran ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dues payments</source>
        <translation>Tidak ada pembayaran iuran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody owes dues</source>
        <translation>Tidak ada yang menunggak iuran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dues charged or paid</source>
        <translation>Tidak ada iuran yang ditagih atau dibayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing on this member&apos;s account</source>
        <translation>Belum ada catatan di rekening anggota ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No credentials</source>
        <translation>Tidak ada dokumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to export</source>
        <translation>Tidak ada yang bisa diekspor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>between %1 and %2</source>
        <translation>antara %1 dan %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>from %1 on</source>
        <translation>sejak %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>up to %1</source>
        <translation>sampai %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in the project %1</source>
        <translation>di proyek %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>with the status %1</source>
        <translation>dengan status %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports/page.py" line="+32"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Excel workbooks for the board, CSV for other programs, calendars for volunteers&apos; phones and printable sign-in sheets.</source>
        <translation>Buku kerja Excel untuk pengurus, CSV untuk program lain, kalender untuk ponsel relawan, dan daftar hadir siap cetak.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Formats this report can be exported in</source>
        <translation>Format ekspor yang tersedia untuk laporan ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../../ui/dues/reverse_dialog.py" line="+29"/>
        <source>Reverse Entry</source>
        <translation>Batalkan Entri</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>e.g. recorded twice, wrong member</source>
        <translation>mis. tercatat dua kali, salah anggota</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;verse</source>
        <translation>&amp;Batalkan Entri</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Say why the entry is reversed.</source>
        <translation>Tuliskan alasan entri dibatalkan.</translation>
    </message>
</context>
<context>
    <name>RosterCommands</name>
    <message>
        <location filename="../../ui/members/roster_commands.py" line="+32"/>
        <source>New Profession “%1”</source>
        <translation>Profesi Baru “%1”</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Edit Profession “%1”</source>
        <translation>Ubah Profesi “%1”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete Profession “%1”</source>
        <translation>Hapus Profesi “%1”</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Gabungkan “%1” ke “%2”</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../ui/schedule/rules_dialog.py" line="+39"/>
        <source>Scheduling rules</source>
        <translation>Aturan penjadwalan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Indonesian</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Bahasa Inggris</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> h</source>
        <translation> jam</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>no limit</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 0812 3456 7890</source>
        <translation>mis. 0812 3456 7890</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put into every message to volunteers, so they know whom to call.</source>
        <translation>Dicantumkan di setiap pesan untuk relawan, agar mereka tahu siapa yang dihubungi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona waktu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &amp;language:</source>
        <translation>&amp;Bahasa pesan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinator&apos;s &amp;phone:</source>
        <translation>&amp;Telepon koordinator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most &amp;hours in 24 hours:</source>
        <translation>Jam &amp;maksimum dalam 24 jam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Least &amp;rest between shifts:</source>
        <translation>Isti&amp;rahat minimum antargiliran:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most &amp;demanding shifts in a row:</source>
        <translation>Maks. giliran b&amp;erat berturut-turut:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allowed &amp;handover overlap:</source>
        <translation>&amp;Tumpang tindih serah terima:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hard rules: allow an override with a reason</source>
        <translation>Aturan wajib: izinkan pengecualian dengan alasan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checked: a coordinator may assign despite this rule, giving a reason that is kept in the history. Unchecked: this rule blocks the sign-up.</source>
        <translation>Dicentang: koordinator boleh menugaskan meski melanggar aturan ini, dengan alasan yang disimpan di riwayat. Tidak dicentang: aturan ini memblokir pendaftaran.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shift times are kept as wall-clock times in this time zone. A hard rule blocks a sign-up unless it is checked above; warnings are shown before saving.</source>
        <translation>Waktu giliran disimpan sebagai jam dinding di zona waktu ini. Aturan wajib memblokir pendaftaran kecuali dicentang di atas; peringatan ditampilkan sebelum menyimpan.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/import_wizard/run_page.py" line="+41"/>
        <location line="+34"/>
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>All or nothing: until the end, Cancel leaves the database as it was.</source>
        <translation>Semua atau tidak sama sekali: sampai akhir, Batal membiarkan basis data seperti semula.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save &amp;error report…</source>
        <translation>Simpan laporan &amp;kesalahan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Urungkan impor ini</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Writing the rows…</source>
        <translation>Menulis baris…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>All %n rows written; saving…</source>
        <translation>
            <numerusform>Semua %n baris tertulis; menyimpan…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n rows written…</source>
        <translation>
            <numerusform>%1 dari %n baris tertulis…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done: %1 added, %2 updated, %3 skipped, %4 rejected.</source>
        <translation>Selesai: %1 ditambahkan, %2 diperbarui, %3 dilewati, %4 ditolak.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New professions: %1</source>
        <translation>Profesi baru: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New skills: %1</source>
        <translation>Keahlian baru: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New interests: %1</source>
        <translation>Minat baru: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New challenge categories: %1</source>
        <translation>Kategori tantangan baru: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Dibatalkan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The import failed and nothing was changed: %1</source>
        <translation>Impor gagal dan tidak ada yang diubah: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import stopped</source>
        <translation>Impor dihentikan</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save error report</source>
        <translation>Simpan laporan kesalahan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rejected rows</source>
        <translation>Baris ditolak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row in the original file</source>
        <translation>Baris di berkas asli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The error report could not be saved: %1</source>
        <translation>Laporan kesalahan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error report saved: %1</source>
        <translation>Laporan kesalahan disimpan: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The import was undone: the database is as it was before.</source>
        <translation>Impor telah diurungkan: basis data kembali seperti sebelumnya.</translation>
    </message>
</context>
<context>
    <name>ScheduleActions</name>
    <message>
        <location filename="../../ui/schedule/actions.py" line="+33"/>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Assign %1</source>
        <translation>Tugaskan %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New shift</source>
        <translation>Giliran baru</translation>
    </message>
</context>
<context>
    <name>ScheduleLabels</name>
    <message>
        <location filename="../../ui/schedule/labels.py" line="+18"/>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <location line="+11"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Signed up</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waitlist</source>
        <translation>Daftar tunggu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scheduled</source>
        <translation>Terjadwal</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Below minimum</source>
        <translation>Di bawah minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enough</source>
        <translation>Cukup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full</source>
        <translation>Penuh</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overlapping shift</source>
        <translation>Giliran bertabrakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside availability</source>
        <translation>Di luar waktu luang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing profession</source>
        <translation>Profesi tidak sesuai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing skill</source>
        <translation>Keahlian tidak sesuai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence</source>
        <translation>Izin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not active</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many hours in 24 h</source>
        <translation>Terlalu banyak jam dalam 24 jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too little rest</source>
        <translation>Istirahat terlalu singkat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demanding shifts in a row</source>
        <translation>Giliran berat berturut-turut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qualified</source>
        <translation>Memenuhi syarat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free then</source>
        <translation>Kosong saat itu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Minat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fairness</source>
        <translation>Pemerataan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled this shift</source>
        <translation>Membatalkan giliran ini</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hard</source>
        <translation>Wajib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft</source>
        <translation>Anjuran</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <location filename="../../ui/schedule/week_view.py" line="+164"/>
        <source>Day calendar</source>
        <translation>Kalender harian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week calendar</source>
        <translation>Kalender mingguan</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n shifts</source>
        <translation>
            <numerusform>%n shift</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+250"/>
        <source>below the minimum</source>
        <translation>di bawah minimum</translation>
    </message>
    <message>
        <location line="-249"/>
        <location line="+250"/>
        <source>enough, not full</source>
        <translation>cukup, belum penuh</translation>
    </message>
    <message>
        <location line="-249"/>
        <location line="+250"/>
        <source>full</source>
        <translation>penuh</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The List view shows them as a table.</source>
        <translation>Tampilan Daftar menampilkannya sebagai tabel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected: %1.</source>
        <translation>Terpilih: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+245"/>
        <source>%1
%2–%3
%4 of %n places taken (minimum %5): %6</source>
        <translation>
            <numerusform>%1
%2–%3
%4 dari %n tempat terisi (minimum %5): %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n volunteers on the waitlist</source>
        <translation>
            <numerusform>%n relawan di daftar tunggu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="+52"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Member Fields</source>
        <translation>&amp;Isian Anggota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Display</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save Organisation Settings</source>
        <translation>Simpan Pengaturan Organisasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation &amp;name:</source>
        <translation>&amp;Nama organisasi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone numbers are from:</source>
        <translation>Nomor telepon &amp;dari:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone of shifts:</source>
        <translation>&amp;Zona waktu giliran:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of messages:</source>
        <translation>&amp;Bahasa pesan:</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+11"/>
        <source>Same as this computer</source>
        <translation>Sama dengan komputer ini</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The new language applies after restarting GroupDesk.</source>
        <translation>Bahasa baru berlaku setelah GroupDesk dimulai ulang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language of GroupDesk:</source>
        <translation>&amp;Bahasa GroupDesk:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Warna:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For now %1=%2 is set, and it decides the language.</source>
        <translation>Saat ini %1=%2 sedang diatur, dan itulah yang menentukan bahasa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This choice belongs to this computer. The language of messages for volunteers is set on the Organisation tab.</source>
        <translation>Pilihan ini hanya berlaku di komputer ini. Bahasa pesan untuk relawan diatur di tab Organisasi.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choices</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name of the new field, e.g. Ukuran Kaos</source>
        <translation>Nama isian baru, mis. Ukuran Kaos</translation>
    </message>
    <message>
        <location filename="../../ui/common/labels.py" line="+11"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Angka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes/No</source>
        <translation>Ya/Tidak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice list</source>
        <translation>Daftar pilihan</translation>
    </message>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="+5"/>
        <source>Choices, separated by commas</source>
        <translation>Pilihan, dipisahkan koma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add Field</source>
        <translation>Tambah Isian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Field…</source>
        <translation>Hapus Isian…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fields of your own appear in the member form, as columns of the Members page, in its filters, and in imports and exports.</source>
        <translation>Isian buatan sendiri muncul di formulir anggota, sebagai kolom di halaman Anggota, di filternya, serta dalam impor dan ekspor.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete the field “%1” and every value entered for it?</source>
        <translation>Hapus isian “%1” beserta semua nilai yang telah diisikan?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Field</source>
        <translation>Hapus Isian</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../ui/import_wizard/sheet_page.py" line="+34"/>
        <source>Sheet and header row</source>
        <translation>Lembar dan baris judul</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The row that names the columns is found for you, even below a title or notes. Change it if it is wrong.</source>
        <translation>Baris yang berisi nama kolom dicarikan untuk Anda, bahkan di bawah judul atau catatan. Ubah bila keliru.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Lembar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Header row:</source>
        <translation>Baris &amp;judul:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (hidden)</source>
        <translation>%1 (tersembunyi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (chart)</source>
        <translation>%1 (grafik)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading the sheet…</source>
        <translation>Membaca lembar…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading the sheet was cancelled. Pick a sheet to read it again.</source>
        <translation>Pembacaan lembar dibatalkan. Pilih lembar untuk membacanya lagi.</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>Columns named in row %1 (shown in blue); %n rows of data below it.</source>
        <translation>
            <numerusform>Nama kolom ada di baris %1 (berwarna biru); %n baris data di bawahnya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n cells hold formulas (%1): their last calculated values are imported, not the formulas.</source>
        <translation>
            <numerusform>%n sel berisi rumus (%1): yang diimpor adalah nilai hasil hitungan terakhirnya, bukan rumusnya.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no rows of data below the header row.</source>
        <translation>Tidak ada baris data di bawah baris judul.</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../ui/schedule/shift_dialog.py" line="+77"/>
        <source>Shift</source>
        <translation>Giliran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New shift</source>
        <translation>Giliran baru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Details</source>
        <translation>&amp;Rincian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Volunteers</source>
        <translation>Rela&amp;wan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find &amp;cover</source>
        <translation>Cari &amp;pengganti</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel shi&amp;ft…</source>
        <translation>&amp;Batalkan giliran…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This shift is cancelled.</source>
        <translation>Giliran ini dibatalkan.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The project&apos;s location</source>
        <translation>Lokasi proyek</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demanding (physically or emotionally)</source>
        <translation>Berat (secara fisik atau emosional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts towards the organisation&apos;s limit on demanding shifts in a row.</source>
        <translation>Dihitung dalam batas organisasi untuk giliran berat berturut-turut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Project:</source>
        <translation>Pro&amp;yek:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Mulai:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Selesai:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lokasi:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at least</source>
        <translation>minimal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most</source>
        <translation>maksimal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volunteers:</source>
        <translation>Relawan:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Required p&amp;rofession:</source>
        <translation>Pro&amp;fesi wajib:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required s&amp;kill:</source>
        <translation>&amp;Keahlian wajib:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>times:</source>
        <translation>kali:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This and the later shifts of the series</source>
        <translation>Giliran ini dan giliran berikutnya dalam rangkaian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this shift</source>
        <translation>Hanya giliran ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Does not repeat</source>
        <translation>Tidak berulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Mingguan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Harian</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Repeat:</source>
        <translation>Ber&amp;ulang:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Apply changes to:</source>
        <translation>Terapkan perubahan ke:</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Edit shift</source>
        <translation>Ubah giliran</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Con&amp;firm</source>
        <translation>K&amp;onfirmasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;in</source>
        <translation>Absen &amp;masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;out</source>
        <translation>Absen &amp;keluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attended</source>
        <translation>&amp;Hadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No-show</source>
        <translation>&amp;Tidak hadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>Hapu&amp;s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Messages to send:</source>
        <translation>Pesan untuk dikirim:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cop&amp;y messages</source>
        <translation>Sal&amp;in pesan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find a member to add…</source>
        <translation>Cari anggota untuk ditambahkan…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A&amp;dd to shift</source>
        <translation>Tambahkan ke &amp;giliran</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Attendance opens when the shift starts: %1</source>
        <translation>Kehadiran dibuka saat giliran dimulai: %1</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Cancel this shift?</source>
        <translation>Batalkan giliran ini?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell these volunteers:</source>
        <translation>Beri tahu relawan berikut:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Cancel shift</source>
        <translation>Batalkan giliran</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Shift cancelled</source>
        <translation>Giliran dibatalkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shift is cancelled. Please tell:</source>
        <translation>Giliran dibatalkan. Mohon beri tahu:</translation>
    </message>
</context>
<context>
    <name>ShiftListModel</name>
    <message>
        <location filename="../../ui/schedule/models.py" line="+10"/>
        <source>%1/%2 (min %3)</source>
        <comment>signed up/places (at least how many are needed)</comment>
        <translation>%1/%2 (min. %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volunteers</source>
        <translation>Relawan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill</source>
        <translation>Terisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>Proyek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waitlist</source>
        <translation>Daftar tunggu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/window/start_page.py" line="+22"/>
        <source>&lt;h2&gt;Welcome to GroupDesk&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Selamat datang di GroupDesk&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database has no members yet. Start by giving your organisation its name, then bring in your member list, or add members one by one.</source>
        <translation>Basis data ini belum berisi anggota. Mulailah dengan mengisi nama organisasi Anda, lalu masukkan daftar anggota Anda, atau tambahkan anggota satu per satu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;1. Organisation name and settings…</source>
        <translation>&amp;1. Nama organisasi dan pengaturan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your organisation&apos;s name, its country for phone numbers, your own fields.</source>
        <translation>Nama organisasi Anda, negara untuk nomor telepon, dan kolom anggota Anda sendiri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;2. Import your member list…</source>
        <translation>&amp;2. Impor daftar anggota Anda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From an Excel, LibreOffice or CSV file; you check every row before saving.</source>
        <translation>Dari berkas Excel, LibreOffice atau CSV; Anda memeriksa setiap baris sebelum disimpan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;3. Add a member…</source>
        <translation>&amp;3. Tambah anggota…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type in one member&apos;s details.</source>
        <translation>Ketik data satu anggota.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill with &amp;demo data</source>
        <translation>Isi dengan data &amp;contoh</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Just looking? The demo fills this empty database with a made-up association: members, projects, shifts and challenges. Use a new database for your own data.</source>
        <translation>Hanya ingin melihat-lihat? Data contoh mengisi basis data kosong ini dengan perkumpulan rekaan: anggota, proyek, giliran, dan tantangan. Gunakan basis data baru untuk data Anda sendiri.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press F1 at any time for the manual.</source>
        <translation>Tekan F1 kapan saja untuk membuka panduan.</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../ui/dues/statement.py" line="+72"/>
        <source>Dues Statement: %1</source>
        <translation>Rincian Iuran: %1</translation>
    </message>
</context>
<context>
    <name>StatementModel</name>
    <message>
        <location filename="../../ui/dues/models.py" line="+54"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Jenis entri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period or receipt</source>
        <translation>Periode atau kwitansi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
</context>
<context>
    <name>StatementView</name>
    <message>
        <location filename="../../ui/dues/statement.py" line="-14"/>
        <source>Owes %1</source>
        <translation>Terutang %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In credit: %1</source>
        <translation>Kelebihan bayar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing owed</source>
        <translation>Tidak ada tunggakan</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <location filename="../../ui/schedule/models.py" line="+121"/>
        <source>Volunteer</source>
        <translation>Relawan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours (30 days)</source>
        <translation>Jam (30 hari)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../ui/schedule/cover_finder.py" line="+50"/>
        <location line="+68"/>
        <source>Select a shift to see who could take it.</source>
        <translation>Pilih giliran untuk melihat siapa yang dapat mengisinya.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>&amp;Assign</source>
        <translation>&amp;Tugaskan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the selected volunteer on the shift (Ctrl+Enter)</source>
        <translation>Tempatkan relawan terpilih pada giliran (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy message</source>
        <translation>&amp;Salin pesan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;kspor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the ranked call list as a CSV file</source>
        <translation>Simpan daftar panggilan berperingkat sebagai berkas CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the call list with phone numbers</source>
        <translation>Cetak daftar panggilan dengan nomor telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the message for the chat group or e-mail</source>
        <translation>Salin pesan untuk grup obrolan atau email</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The message for the chat group appears here.</source>
        <translation>Pesan untuk grup obrolan muncul di sini.</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2–%3: %4 of %n places taken</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, %2–%3: %4 dari %n tempat terisi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source> — cancelled</source>
        <translation> — dibatalkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — already started</source>
        <translation> — sudah dimulai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — &lt;b&gt;%1 more needed&lt;/b&gt;</source>
        <translation> — &lt;b&gt;perlu %1 lagi&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Export call list</source>
        <translation>Ekspor daftar panggilan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The call list could not be saved: %1</source>
        <translation>Daftar panggilan tidak dapat disimpan: %1</translation>
    </message>
</context>
<context>
    <name>TypeDialog</name>
    <message>
        <location filename="../../ui/dues/type_dialog.py" line="+48"/>
        <source>New Membership Type</source>
        <translation>Jenis Keanggotaan Baru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Membership Type</source>
        <translation>Ubah Jenis Keanggotaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members of this type pay no dues</source>
        <translation>Anggota jenis ini tidak membayar iuran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Rp 150.000 or 150rb</source>
        <translation>mis. Rp 150.000 atau 150rb</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> hours a year</source>
        <translation> jam setahun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new fee counts from the day given; months already charged keep the amount they were charged.</source>
        <translation>Iuran baru berlaku mulai tanggal yang diisi; bulan yang sudah ditagih tetap dengan jumlah tagihannya.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fee:</source>
        <translation>&amp;Iuran:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Charged:</source>
        <translation>&amp;Ditagih:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Entry fee:</source>
        <translation>Uang &amp;pangkal:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fee &amp;from:</source>
        <translation>Iuran &amp;mulai:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Volunteer hours:</source>
        <translation>Jam &amp;relawan:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Give the day the new fee counts from.</source>
        <translation>Isi tanggal mulai berlakunya iuran baru.</translation>
    </message>
</context>
<context>
    <name>TypesModel</name>
    <message>
        <location filename="../../ui/dues/models.py" line="-102"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exempt</source>
        <translation>Bebas iuran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee</source>
        <translation>Iuran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged</source>
        <translation>Ditagih</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entry fee</source>
        <translation>Uang pangkal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fee since</source>
        <translation>Iuran sejak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <location filename="../../ui/members/dialog.py" line="-404"/>
        <source>Monday</source>
        <translation>Senin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Selasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Rabu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Kamis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Jumat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Sabtu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Minggu</translation>
    </message>
</context>
</TS>
