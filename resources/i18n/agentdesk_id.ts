<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../agentdesk/ui/about.py" line="+31" />
        <source>About AgentDesk</source>
        <translation>Tentang AgentDesk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AgentDesk %1</source>
        <translation>AgentDesk %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A desktop companion for customer-support agents: %1, online or offline.</source>
        <translation>Pendamping desktop untuk agen layanan pelanggan: %1, daring maupun luring.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Data folder: %1
Qt %2, PySide6 %3</source>
        <translation>Folder data: %1
Qt %2, PySide6 %3</translation>
    </message>
    <message>
        <location line="+23" />
        <source>your indicators</source>
        <translation>indikator Anda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>your closed conversations</source>
        <translation>percakapan Anda yang ditutup</translation>
    </message>
    <message>
        <location line="+1" />
        <source>your paused conversations</source>
        <translation>percakapan Anda yang dijeda</translation>
    </message>
</context>
<context>
    <name>AccountBadge</name>
    <message>
        <location filename="../../agentdesk/ui/account_badge.py" line="+35" />
        <source>Demo workspace</source>
        <translation>Ruang kerja demo</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sign out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signed in as %1 to %2</source>
        <translation>Masuk sebagai %1 ke %2</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../agentdesk/ui/app.py" line="+135" />
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../agentdesk/ui/banner.py" line="+44" />
        <location line="+63" />
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="-58" />
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Hide details</source>
        <translation>Sembunyikan detail</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <location filename="../../agentdesk/ui/i18n.py" line="+57" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ChipRow</name>
    <message>
        <location filename="../../agentdesk/ui/closed/filter_bar.py" line="+233" />
        <source>Remove this filter</source>
        <translation>Hapus filter ini</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
</context>
<context>
    <name>ClosedListModel</name>
    <message>
        <location filename="../../agentdesk/ui/closed/model.py" line="+192" />
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excerpt</source>
        <translation>Cuplikan</translation>
    </message>
</context>
<context>
    <name>ClosedPage</name>
    <message>
        <location filename="../../agentdesk/ui/closed/page.py" line="+103" />
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Conversations to CSV…</source>
        <translation>Percakapan ke CSV…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Their messages to CSV…</source>
        <translation>Pesannya ke CSV…</translation>
    </message>
    <message>
        <location line="+207" />
        <source>Search is rebuilding its index — filters and the list already work.</source>
        <translation>Pencarian sedang membangun ulang indeksnya — filter dan daftar sudah bisa dipakai.</translation>
    </message>
</context>
<context>
    <name>ClosedStatus</name>
    <message numerus="yes">
        <location filename="../../agentdesk/ui/closed/status.py" line="+18" />
        <source>%n conversation(s)</source>
        <translation><numerusform>%n percakapan</numerusform></translation>
    </message>
    <message>
        <location line="+7" />
        <source>Word search needs its index, built by the next word search or sync — filters and the list already work.</source>
        <translation>Pencarian kata butuh indeks, yang dibuat saat pencarian atau sinkronisasi berikutnya — filter dan daftar sudah bisa dipakai.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Search is still indexing: %1 of %2 conversations — filters and the list already work.</source>
        <translation>Masih mengindeks: %1 dari %2 percakapan — filter dan daftar sudah bisa dipakai.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The search index needs rebuilding; word searches may miss conversations meanwhile.</source>
        <translation>Indeks pencarian perlu dibangun ulang; sementara itu, pencarian kata bisa melewatkan percakapan.</translation>
    </message>
</context>
<context>
    <name>ClosedWords</name>
    <message>
        <location filename="../../agentdesk/ui/closed/words.py" line="+19" />
        <source>with a handling time</source>
        <translation>dengan waktu penanganan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>with a reply delay</source>
        <translation>dengan waktu balasan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>with a first response</source>
        <translation>dengan respons pertama</translation>
    </message>
    <message>
        <location line="+1" />
        <source>with transactions</source>
        <translation>dengan transaksi</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Rated CSAT</source>
        <translation>Ada nilai CSAT</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rated NPS</source>
        <translation>Ada nilai NPS</translation>
    </message>
    <message>
        <location line="+5" />
        <source>NPS %1–%2</source>
        <translation>NPS %1–%2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Behind “%1”</source>
        <translation>Di balik “%1”</translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../agentdesk/ui/conversation/header.py" line="+29" />
        <source>Previous match (Shift+F3)</source>
        <translation>Hasil sebelumnya (Shift+F3)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next match (F3)</source>
        <translation>Hasil berikutnya (F3)</translation>
    </message>
    <message>
        <location line="+18" />
        <source>No match</source>
        <translation>Tidak ada hasil</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n hasil</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Match %1 of %2</source>
        <translation>Hasil %1 dari %2</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <location filename="../../agentdesk/ui/conversation/pane.py" line="+69" />
        <location line="+102" />
        <source>Choose a conversation to read it here.</source>
        <translation>Pilih percakapan untuk membacanya di sini.</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Conversation %1 is not among your synced conversations.</source>
        <translation>Percakapan %1 tidak ada di antara percakapan Anda yang tersinkron.</translation>
    </message>
</context>
<context>
    <name>ConversationWords</name>
    <message>
        <location filename="../../agentdesk/ui/conversation/words.py" line="+16" />
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Voice</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apple Messages</source>
        <translation>Apple Messages</translation>
    </message>
    <message>
        <location line="+9" />
        <source>New contact</source>
        <translation>Kontak baru</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Returning contact</source>
        <translation>Kontak lama</translation>
    </message>
    <message>
        <location line="+1" />
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+14" />
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent %1</source>
        <translation>Agen %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location line="+1" />
        <source>System</source>
        <translation>Sistem</translation>
    </message>
</context>
<context>
    <name>DaysDialog</name>
    <message>
        <location filename="../../agentdesk/ui/closed/filter_bar.py" line="-67" />
        <source>Closed between</source>
        <translation>Ditutup antara</translation>
    </message>
    <message>
        <location line="+4" />
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To</source>
        <translation>Sampai</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../agentdesk/ui/conversation/details_panel.py" line="+42" />
        <source>SURVEY</source>
        <translation>SURVEI</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CONVERSATION</source>
        <translation>PERCAKAPAN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Started</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+77" />
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location line="-76" />
        <source>Deadline</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handling time</source>
        <translation>Waktu penanganan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First response</source>
        <translation>Respons pertama</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CONTACT</source>
        <translation>KONTAK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CLOSING NOTE</source>
        <translation>CATATAN PENUTUPAN</translation>
    </message>
    <message>
        <location line="+4" />
        <source>TRANSACTIONS</source>
        <translation>TRANSAKSI</translation>
    </message>
    <message>
        <location line="+65" />
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <location line="+14" />
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+5" />
        <source>Not rated</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <location line="-4" />
        <source>%1 of 5</source>
        <translation>%1 dari 5</translation>
    </message>
    <message>
        <location line="+6" />
        <source>promoter</source>
        <translation>promotor</translation>
    </message>
    <message>
        <location line="+2" />
        <source>passive</source>
        <translation>pasif</translation>
    </message>
    <message>
        <location line="+2" />
        <source>detractor</source>
        <translation>detraktor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of 10 · %2</source>
        <translation>%1 dari 10 · %2</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../agentdesk/ui/closed/empty_state.py" line="+28" />
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Clear the search</source>
        <translation>Hapus pencarian</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nothing synced yet — syncing…</source>
        <translation>Belum ada yang tersinkron — menyinkronkan…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing synced yet. Your closed conversations appear here after the first sync (F5).</source>
        <translation>Belum ada yang tersinkron. Percakapan Anda yang ditutup muncul di sini setelah sinkronisasi pertama (F5).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No conversation matches “%1” in %2.</source>
        <translation>Tidak ada percakapan yang cocok dengan “%1” di %2.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No conversation matches “%1”.</source>
        <translation>Tidak ada percakapan yang cocok dengan “%1”.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No conversation passes these filters: %1.</source>
        <translation>Tidak ada percakapan yang lolos filter ini: %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Try fewer words, or clear the filters.</source>
        <translation>Coba kurangi kata, atau hapus filternya.</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <location filename="../../agentdesk/ui/error_words.py" line="+39" />
        <source>This computer has no system keyring to keep your sign-in safely, so AgentDesk cannot remember it. You can sign in for this session only: AgentDesk keeps your sign-in in memory, never writes it to disk, and asks again the next time it starts.</source>
        <translation>Komputer ini tidak punya keyring sistem untuk menyimpan login Anda dengan aman, jadi AgentDesk tidak bisa mengingatnya. Anda bisa masuk untuk sesi ini saja: AgentDesk menyimpan login di memori, tidak pernah menulisnya ke disk, dan akan memintanya lagi saat dibuka berikutnya.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>AgentDesk cannot do that as it was asked.</source>
        <translation>AgentDesk tidak bisa melakukan itu seperti yang diminta.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing has been synced yet.</source>
        <translation>Belum ada yang disinkronkan.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“%1” is not a server address AgentDesk can use: give one like https://support.example.com (http:// only for a server on this computer).</source>
        <translation>“%1” bukan alamat server yang bisa dipakai AgentDesk: masukkan alamat seperti https://support.example.com (http:// hanya untuk server di komputer ini).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>AgentDesk cannot use its data folder or its settings as they are.</source>
        <translation>AgentDesk tidak bisa memakai folder data atau pengaturannya dalam kondisi sekarang.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>AgentDesk cannot use its local database right now (locked, full disk, damaged file or no permission).</source>
        <translation>AgentDesk tidak bisa memakai database lokalnya saat ini (terkunci, disk penuh, file rusak, atau tidak ada izin).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Another AgentDesk is syncing the same data; this one syncs again when it has finished.</source>
        <translation>AgentDesk lain sedang menyinkronkan data yang sama; yang ini akan menyinkronkan lagi setelah selesai.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server refused what AgentDesk asked.</source>
        <translation>Server menolak permintaan AgentDesk.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server does not accept your sign-in: sign in again.</source>
        <translation>Server tidak menerima login Anda: silakan masuk lagi.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server refused this login and password.</source>
        <translation>Server menolak login dan kata sandi ini.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server refused this access token: copy it again from your profile settings.</source>
        <translation>Server menolak token akses ini: salin lagi dari pengaturan profil Anda.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>You are not signed in.</source>
        <translation>Anda belum masuk.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>AgentDesk cannot reach the server. Check your connection.</source>
        <translation>AgentDesk tidak bisa terhubung ke server. Periksa koneksi Anda.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server is not answering as it should. Try again later; if it goes on, tell your administrator.</source>
        <translation>Server tidak merespons dengan benar. Coba lagi nanti; kalau masih terjadi, hubungi administrator Anda.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server is too busy right now. Try again in a minute.</source>
        <translation>Server sedang sibuk. Coba lagi dalam satu menit.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>AgentDesk does not send your sign-in unencrypted: use an https:// address (http:// only for a server on this computer).</source>
        <translation>AgentDesk tidak mengirim login Anda tanpa enkripsi: gunakan alamat https:// (http:// hanya untuk server di komputer ini).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server's certificate could not be checked, so AgentDesk did not send it your sign-in. Ask your administrator.</source>
        <translation>Sertifikat server tidak bisa diverifikasi, jadi AgentDesk tidak mengirim login Anda. Hubungi administrator Anda.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This conversation was not found, or it is not yours.</source>
        <translation>Percakapan ini tidak ditemukan, atau bukan milik Anda.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server did not reopen the conversation.</source>
        <translation>Server tidak membuka kembali percakapan ini.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server sent a record AgentDesk cannot use.</source>
        <translation>Server mengirim data yang tidak bisa dipakai AgentDesk.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file could not be written.</source>
        <translation>File tidak bisa disimpan.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The search index cannot be used or updated right now; word searches may miss conversations until AgentDesk rebuilds it (at the next start).</source>
        <translation>Indeks pencarian tidak bisa dipakai atau diperbarui saat ini; pencarian kata bisa melewatkan percakapan sampai AgentDesk membangunnya ulang (saat dibuka berikutnya).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Another AgentDesk is updating the search index; try again in a moment.</source>
        <translation>AgentDesk lain sedang memperbarui indeks pencarian; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A file AgentDesk needs is missing from its installation: reinstall AgentDesk.</source>
        <translation>Ada file yang dibutuhkan AgentDesk hilang dari instalasinya: instal ulang AgentDesk.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The technical message, for your administrator or a bug report:</source>
        <translation>Pesan teknis, untuk administrator Anda atau laporan bug:</translation>
    </message>
</context>
<context>
    <name>EvolutionChart</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/chart.py" line="+102" />
        <source>Evolution chart</source>
        <translation>Grafik perkembangan</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Nothing to show for this period</source>
        <translation>Tidak ada data untuk periode ini</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Show these conversations</source>
        <translation>Lihat percakapan ini</translation>
    </message>
    <message>
        <location line="+57" />
        <location line="+19" />
        <source>%1 — evolution</source>
        <translation>%1 — perkembangan</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Point at the chart, or focus it and use ← →, to read a value.</source>
        <translation>Arahkan ke grafik, atau pilih lalu pakai ← →, untuk membaca nilai.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Hours on the %1 clock</source>
        <translation>Jam (waktu %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Days on the %1 clock</source>
        <translation>Hari (waktu %1)</translation>
    </message>
    <message>
        <location line="+78" />
        <source> (so far)</source>
        <translation> (sejauh ini)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>yesterday</source>
        <translation>kemarin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last week</source>
        <translation>minggu lalu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>last month</source>
        <translation>bulan lalu</translation>
    </message>
    <message>
        <location line="+3" />
        <source> · same time %1: %2</source>
        <translation> · jam yang sama %1: %2</translation>
    </message>
    <message>
        <location filename="../../agentdesk/ui/indicators/chart_legend.py" line="+36" />
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This week</source>
        <translation>Minggu ini</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Yesterday</source>
        <translation>Kemarin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last week</source>
        <translation>Minggu lalu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This hour so far</source>
        <translation>Jam ini sejauh ini</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Today so far</source>
        <translation>Hari ini sejauh ini</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../agentdesk/ui/closed/export.py" line="+56" />
        <source>The search index was still being built: the file may miss some conversations.</source>
        <translation>Indeks pencarian masih dibuat: mungkin ada percakapan yang tidak masuk ke file.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Export to CSV</source>
        <translation>Ekspor ke CSV</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Exporting… %1 of %2</source>
        <translation>Mengekspor… %1 dari %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../agentdesk/ui/closed/filter_bar.py" line="-117" />
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Choose days…</source>
        <translation>Pilih hari…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Rated %1</source>
        <translation>Nilai %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Promoters (9–10)</source>
        <translation>Promotor (9–10)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Passives (7–8)</source>
        <translation>Pasif (7–8)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Detractors (0–6)</source>
        <translation>Detraktor (0–6)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Any rating (0–10)</source>
        <translation>Semua nilai (0–10)</translation>
    </message>
</context>
<context>
    <name>IndicatorTile</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/tile.py" line="+85" />
        <source>Show these conversations</source>
        <translation>Lihat percakapan ini</translation>
    </message>
</context>
<context>
    <name>IndicatorWords</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/words.py" line="+21" />
        <source>Conversations</source>
        <translation>Percakapan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Handling time</source>
        <translation>Waktu penanganan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Response time</source>
        <translation>Waktu balasan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First response time</source>
        <translation>Waktu respons pertama</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Transactions</source>
        <translation>Transaksi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Average basket</source>
        <translation>Rata-rata belanja</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conversion rate</source>
        <translation>Tingkat konversi</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Activity</source>
        <translation>Aktivitas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Satisfaction</source>
        <translation>Kepuasan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Day</source>
        <translation>&amp;Hari</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Week</source>
        <translation>&amp;Minggu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Month</source>
        <translation>&amp;Bulan</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Yesterday: %1</source>
        <translation>Kemarin: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last week: %1</source>
        <translation>Minggu lalu: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last month: %1</source>
        <translation>Bulan lalu: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Number</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Percent</source>
        <translation>Persen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NPS points</source>
        <translation>Poin NPS</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Amount in %1</source>
        <translation>Nominal dalam %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Amount</source>
        <translation>Nominal</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Today, %1 – now</source>
        <translation>Hari ini, %1 – sekarang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This week, %1 – now</source>
        <translation>Minggu ini, %1 – sekarang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This month, %1 – now</source>
        <translation>Bulan ini, %1 – sekarang</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Compared with the whole of last month, which was shorter: %1</source>
        <translation>Dibanding seluruh bulan lalu, yang lebih pendek: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Compared with the same span yesterday: %1</source>
        <translation>Dibanding rentang yang sama kemarin: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Compared with the same span last week: %1</source>
        <translation>Dibanding rentang yang sama minggu lalu: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Compared with the same span last month: %1</source>
        <translation>Dibanding rentang yang sama bulan lalu: %1</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/page.py" line="+83" />
        <source>How am I doing?</source>
        <translation>Bagaimana kinerja saya?</translation>
    </message>
    <message>
        <location line="+135" />
        <source>The first sync is under way. Your indicators appear here as soon as the first conversations are stored.</source>
        <translation>Sinkronisasi pertama sedang berjalan. Indikator Anda muncul di sini begitu percakapan pertama tersimpan.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nothing has been synced yet. Your indicators appear here after the first sync with the platform.</source>
        <translation>Belum ada yang tersinkron. Indikator Anda muncul di sini setelah sinkronisasi pertama dengan platform.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Your administrator has not chosen any indicator to show.</source>
        <translation>Administrator Anda belum memilih indikator untuk ditampilkan.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agentdesk/ui/main_window.py" line="+69" />
        <source>AgentDesk</source>
        <translation>AgentDesk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 — demo workspace</source>
        <translation>%1 — ruang kerja demo</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <location line="+201" />
        <source>The server no longer accepts the token in the AGENTDESK_TOKEN environment variable. AgentDesk uses that token while the variable is set: replace it and start AgentDesk again.</source>
        <translation>Server tidak lagi menerima token di variabel lingkungan AGENTDESK_TOKEN. AgentDesk memakai token itu selama variabelnya ada: ganti token lalu buka ulang AgentDesk.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The server no longer accepts your sign-in; sign in again to keep syncing.</source>
        <translation>Server tidak lagi menerima login Anda; masuk lagi agar sinkronisasi berlanjut.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign in again…</source>
        <translation>Masuk lagi…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>You are still signed in: AgentDesk uses the token in the AGENTDESK_TOKEN environment variable while it is set. To sign out, remove the variable and start AgentDesk again.</source>
        <translation>Anda masih masuk: AgentDesk memakai token di variabel lingkungan AGENTDESK_TOKEN selama variabelnya ada. Untuk keluar, hapus variabel itu lalu buka ulang AgentDesk.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Signing out…</source>
        <translation>Sedang keluar…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Offline — the server cannot be reached and nothing is synced yet.</source>
        <translation>Luring — server tidak terjangkau dan belum ada yang tersinkron.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Offline — showing what was synced %1.</source>
        <translation>Luring — menampilkan data yang disinkron %1.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../agentdesk/ui/pages.py" line="+73" />
        <source>Indicators</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
</context>
<context>
    <name>PausedPage</name>
    <message>
        <location filename="../../agentdesk/ui/paused/page.py" line="+85" />
        <source>What can I pick up again?</source>
        <translation>Apa yang bisa saya lanjutkan?</translation>
    </message>
    <message numerus="yes">
        <location line="+151" />
        <source>Paused conversations you can still reopen: %n</source>
        <translation>
            <numerusform>Percakapan dijeda yang masih bisa dibuka lagi: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27" />
        <source>%n paused</source>
        <translation>
            <numerusform>%n dijeda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n can still be reopened</source>
        <translation>
            <numerusform>%n masih bisa dibuka lagi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PausedTable</name>
    <message>
        <location filename="../../agentdesk/ui/paused/table.py" line="+19" />
        <source>Paused conversations</source>
        <translation>Percakapan yang dijeda</translation>
    </message>
</context>
<context>
    <name>PausedTableModel</name>
    <message>
        <location filename="../../agentdesk/ui/paused/model.py" line="+104" />
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paused at</source>
        <translation>Dijeda pada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deadline</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assigned to</source>
        <translation>Ditugaskan ke</translation>
    </message>
</context>
<context>
    <name>PausedWords</name>
    <message>
        <location filename="../../agentdesk/ui/paused/words.py" line="+28" />
        <source>no deadline</source>
        <translation>tanpa batas waktu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>deadline passed</source>
        <translation>batas waktu lewat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>in less than a minute</source>
        <translation>kurang dari semenit lagi</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>in %n min</source>
        <translation><numerusform>%n mnt lagi</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>in %n h</source>
        <translation><numerusform>%n jam lagi</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>in %1 h %2 min</source>
        <translation>%1 jam %2 mnt lagi</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>in %n d</source>
        <translation><numerusform>%n hari lagi</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>in %1 d %2 h</source>
        <translation>%1 hari %2 jam lagi</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Nobody</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <location line="+2" />
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Someone else</source>
        <translation>Agen lain</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Select a conversation to see whether you can reopen it.</source>
        <translation>Pilih percakapan untuk melihat apakah bisa Anda buka lagi.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Assigned to you: reopening puts it back in your web console.</source>
        <translation>Ditugaskan ke Anda: jika dibuka lagi, masuk kembali ke konsol web Anda.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unassigned: reopening assigns it to you and puts it in your web console.</source>
        <translation>Belum ditugaskan: jika dibuka lagi, ditugaskan ke Anda dan masuk ke konsol web Anda.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unassigned: tick “Assign to me” to take it, then reopen it.</source>
        <translation>Belum ditugaskan: centang “Tugaskan ke saya” untuk mengambilnya, lalu buka lagi.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The pause deadline has passed: it can no longer be reopened from here.</source>
        <translation>Batas waktu jeda sudah lewat: tidak bisa dibuka lagi dari sini.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Assigned to someone else: only they can reopen it.</source>
        <translation>Ditugaskan ke agen lain: hanya dia yang bisa membukanya lagi.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>It is not paused any more.</source>
        <translation>Sudah tidak dijeda lagi.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reopening needs the server, which cannot be reached: try again once you are online.</source>
        <translation>Membuka lagi butuh server, yang tidak terjangkau: coba lagi saat Anda online.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reopening…</source>
        <translation>Membuka lagi…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No paused conversations.

When you pause one in the web console, it appears here with its deadline after the next sync.</source>
        <translation>Tidak ada percakapan yang dijeda.

Saat Anda menjeda percakapan di konsol web, percakapan itu muncul di sini beserta batas waktunya setelah sinkronisasi berikutnya.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nothing is synced yet. Your paused conversations appear here after the first sync with the platform.</source>
        <translation>Belum ada yang tersinkron. Percakapan Anda yang dijeda muncul di sini setelah sinkronisasi pertama dengan platform.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Reopened %1 (%2): it is yours again in the web console.</source>
        <translation>%1 dibuka lagi (%2): kembali menjadi milik Anda di konsol web.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The server did not reopen %1: its pause deadline passed in the meantime.</source>
        <translation>Server tidak membuka lagi %1: batas waktu jedanya sudah lewat.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server did not reopen %1: it is assigned to someone else now.</source>
        <translation>Server tidak membuka lagi %1: sekarang ditugaskan ke agen lain.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server did not reopen %1: it is not paused any more (closed or reopened elsewhere).</source>
        <translation>Server tidak membuka lagi %1: sudah tidak dijeda (ditutup atau dibuka lagi di tempat lain).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The server did not reopen %1: %2</source>
        <translation>Server tidak membuka lagi %1: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 was not reopened: the server cannot be reached, and reopening needs it.</source>
        <translation>%1 tidak dibuka lagi: server tidak terjangkau, padahal dibutuhkan untuk membuka lagi.</translation>
    </message>
</context>
<context>
    <name>PeriodSwitch</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/period_switch.py" line="+23" />
        <source>Period</source>
        <translation>Periode</translation>
    </message>
</context>
<context>
    <name>ReopenBox</name>
    <message>
        <location filename="../../agentdesk/ui/paused/actions.py" line="+30" />
        <source>&amp;Assign to me</source>
        <translation>&amp;Tugaskan ke saya</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+26" />
        <source>&amp;Reopen</source>
        <translation>&amp;Buka lagi</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reopening needs the server</source>
        <translation>Membuka lagi butuh server</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../agentdesk/ui/closed/search_field.py" line="+19" />
        <source>Search words, a “phrase” or an id (Ctrl+F)</source>
        <translation>Cari kata, “frasa”, atau id (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search closed conversations</source>
        <translation>Cari percakapan yang ditutup</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../agentdesk/ui/sign_in.py" line="+68" />
        <source>Sign in to AgentDesk</source>
        <translation>Masuk ke AgentDesk</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Sign in with your contact-center account to see your indicators.</source>
        <translation>Masuk dengan akun pusat layanan pelanggan Anda untuk melihat indikator Anda.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Find it in Chatwoot under Profile settings ▸ Access token.</source>
        <translation>Temukan di Chatwoot, di Pengaturan profil ▸ Token akses.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Login:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Access &amp;token:</source>
        <translation>&amp;Token akses:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Account:</source>
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona waktu:</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+210" />
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="-194" />
        <source>Open the &amp;demo workspace</source>
        <translation>Buka ruang kerja &amp;demo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sign in for this session &amp;only</source>
        <translation>Masuk untuk sesi ini &amp;saja</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+176" />
        <source>Sign &amp;in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <location line="-137" />
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Fill in the server's address and your access token.</source>
        <translation>Isi alamat server dan token akses Anda.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+12" />
        <source>Fill in the server, your login and your password.</source>
        <translation>Isi server, nama pengguna, dan kata sandi Anda.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Paste your access token from Chatwoot's profile settings.</source>
        <translation>Tempel token akses dari pengaturan profil Chatwoot Anda.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose a time zone from the list, like Europe/Paris.</source>
        <translation>Pilih zona waktu dari daftar, misalnya Asia/Jakarta.</translation>
    </message>
    <message>
        <location line="+69" />
        <source>You are in several Chatwoot accounts: choose one, then sign in.</source>
        <translation>Anda terdaftar di beberapa akun Chatwoot: pilih satu, lalu masuk.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Signing in…</source>
        <translation>Sedang masuk…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Hide details</source>
        <translation>Sembunyikan detail</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../agentdesk/ui/sync_controller.py" line="+211" />
        <source>The conversations are synced, but the search index could not be updated. Indicators, paused conversations, exports and search by id or filters still work; word searches miss what this sync brought until the index is updated (at the next start).</source>
        <translation>Percakapan sudah disinkronkan, tetapi indeks pencarian tidak bisa diperbarui. Indikator, percakapan yang dijeda, ekspor, dan pencarian dengan ID atau filter tetap berfungsi; pencarian kata belum menemukan hasil sinkronisasi ini sampai indeks diperbarui (saat aplikasi dibuka lagi).</translation>
    </message>
</context>
<context>
    <name>SyncStatusArea</name>
    <message>
        <location filename="../../agentdesk/ui/status_area.py" line="+39" />
        <source>Not synced yet</source>
        <translation>Belum disinkron</translation>
    </message>
    <message>
        <location line="+72" />
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Offline · last synced %1</source>
        <translation>Luring · terakhir disinkron %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Up to date</source>
        <translation>Terbaru</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Up to date · %1 new, %2 updated</source>
        <translation>Terbaru · %1 baru, %2 diperbarui</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Syncing paused conversations… %1 fetched</source>
        <translation>Menyinkronkan percakapan dijeda… %1 diterima</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Syncing closed conversations… %1 fetched</source>
        <translation>Menyinkronkan percakapan ditutup… %1 diterima</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Updating the search index… %1 of %2</source>
        <translation>Memperbarui indeks pencarian… %1 dari %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Updating the search index…</source>
        <translation>Memperbarui indeks pencarian…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../agentdesk/ui/tasks.py" line="+35" />
        <source>AgentDesk hit an unexpected error (a bug, not something you did).</source>
        <translation>AgentDesk mengalami galat tak terduga (bug, bukan kesalahan Anda).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The details are in %1.</source>
        <translation>Detailnya ada di %1.</translation>
    </message>
</context>
<context>
    <name>TileState</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/presentation.py" line="+64" />
        <location line="+15" />
        <location line="+20" />
        <source>no trend</source>
        <translation>tanpa tren</translation>
    </message>
    <message>
        <location line="-32" />
        <source>no change</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <location line="+2" />
        <source>from 0</source>
        <translation>dari 0</translation>
    </message>
    <message>
        <location line="+7" />
        <source>up</source>
        <translation>naik</translation>
    </message>
    <message>
        <location line="+1" />
        <source>down</source>
        <translation>turun</translation>
    </message>
    <message>
        <location line="+1" />
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <location line="+4" />
        <source>good</source>
        <translation>baik</translation>
    </message>
    <message>
        <location line="+1" />
        <source>bad</source>
        <translation>buruk</translation>
    </message>
    <message>
        <location line="+9" />
        <source>from {platform}</source>
        <translation>dari {platform}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not available</source>
        <translation>tidak tersedia</translation>
    </message>
</context>
<context>
    <name>TileWords</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/tile_words.py" line="+67" />
        <source>no trend</source>
        <translation>tanpa tren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>stable (0 both times)</source>
        <translation>stabil (0 di keduanya)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>up from 0</source>
        <translation>naik dari 0</translation>
    </message>
    <message>
        <location line="+12" />
        <source>up %1</source>
        <translation>naik %1</translation>
    </message>
    <message>
        <location line="-1" />
        <source>down %1</source>
        <translation>turun %1</translation>
    </message>
    <message>
        <location line="-43" />
        <source>no rated conversation in this span</source>
        <translation>tidak ada percakapan yang dinilai di rentang ini</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no NPS answer in this span</source>
        <translation>tidak ada jawaban NPS di rentang ini</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no transaction in this span</source>
        <translation>tidak ada transaksi di rentang ini</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no conversation closed in this span</source>
        <translation>tidak ada percakapan yang ditutup di rentang ini</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no agent reply to a contact in this span</source>
        <translation>tidak ada balasan agen ke pelanggan di rentang ini</translation>
    </message>
    <message>
        <location line="+3" />
        <source>nothing to measure in this span</source>
        <translation>tidak ada yang bisa diukur di rentang ini</translation>
    </message>
    <message>
        <location line="+21" />
        <source>stable (no change)</source>
        <translation>stabil (tidak berubah)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>down from 0</source>
        <translation>turun dari 0</translation>
    </message>
    <message>
        <location line="+6" />
        <source>stable (%1)</source>
        <translation>stabil (%1)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 this month so far (%2): %3, against %4 over the whole of last month, which was shorter (%5): %6.</source>
        <translation>%1 bulan ini sejauh ini (%2): %3, dibanding %4 di seluruh bulan lalu, yang lebih pendek (%5): %6.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 today so far (%2): %3, against %4 over the same span yesterday (%5): %6.</source>
        <translation>%1 hari ini sejauh ini (%2): %3, dibanding %4 di rentang yang sama kemarin (%5): %6.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 this week so far (%2): %3, against %4 over the same span last week (%5): %6.</source>
        <translation>%1 minggu ini sejauh ini (%2): %3, dibanding %4 di rentang yang sama minggu lalu (%5): %6.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 this month so far (%2): %3, against %4 over the same span last month (%5): %6.</source>
        <translation>%1 bulan ini sejauh ini (%2): %3, dibanding %4 di rentang yang sama bulan lalu (%5): %6.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1: not available from %2.</source>
        <translation>%1: tidak tersedia dari %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>From %n answer(s).</source>
        <translation><numerusform>Dari %n jawaban.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Too few to judge.</source>
        <translation>Terlalu sedikit untuk dinilai.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Not included: %1.</source>
        <translation>Tidak dihitung: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%1 in %2 (%n conversation(s))</source>
        <translation><numerusform>%1 dalam %2 (%n percakapan)</numerusform></translation>
    </message>
</context>
<context>
    <name>TimeWords</name>
    <message>
        <location filename="../../agentdesk/ui/time_words.py" line="+64" />
        <source>at %1</source>
        <translation>pukul %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>on %1 at %2</source>
        <translation>%1 pukul %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Not synced yet</source>
        <translation>Belum disinkron</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Synced just now</source>
        <translation>Baru saja disinkron</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Synced %n min ago</source>
        <translation><numerusform>Disinkron %n mnt lalu</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Synced %n h ago</source>
        <translation><numerusform>Disinkron %n jam lalu</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Synced %1</source>
        <translation>Disinkron %1</translation>
    </message>
</context>
<context>
    <name>TodayHost</name>
    <message>
        <location filename="../../agentdesk/ui/today_host.py" line="+39" />
        <source>&amp;Today widget</source>
        <translation>Widget &amp;Hari ini</translation>
    </message>
</context>
<context>
    <name>TodayWidget</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/today.py" line="+49" />
        <source>Today — AgentDesk</source>
        <translation>Hari ini — AgentDesk</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Open the dashboard</source>
        <translation>Buka dasbor</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Offline — these figures were synced %1.</source>
        <translation>Luring — angka ini disinkron %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Offline — nothing is synced yet.</source>
        <translation>Luring — belum ada yang tersinkron.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep on top</source>
        <translation>Selalu di atas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keep this window above the others</source>
        <translation>Tampilkan jendela ini di atas jendela lain</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Nothing synced yet.</source>
        <translation>Belum ada yang tersinkron.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No indicator chosen by your administrator.</source>
        <translation>Administrator Anda belum memilih indikator.</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../agentdesk/ui/conversation/transcript_view.py" line="+34" />
        <source>Copy message</source>
        <translation>Salin pesan</translation>
    </message>
</context>
<context>
    <name>ValueFormatter</name>
    <message>
        <location filename="../../agentdesk/ui/indicators/format.py" line="+91" />
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 min %2 s</source>
        <translation>%1 mnt %2 dtk</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 mnt</translation>
    </message>
    <message numerus="yes">
        <location line="+23" />
        <source>%n point(s)</source>
        <translation><numerusform>%n poin</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 points</source>
        <translation>%1 poin</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../agentdesk/ui/window_menus.py" line="+33" />
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Refresh and sync</source>
        <translation>&amp;Muat ulang dan sinkronkan</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign &amp;out</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Quit</source>
        <translation>&amp;Tutup aplikasi</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+21" />
        <source>Follow the &amp;system</source>
        <translation>Ikuti &amp;sistem</translation>
    </message>
    <message>
        <location line="-20" />
        <source>&amp;Light</source>
        <translation>&amp;Terang</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Dark</source>
        <translation>&amp;Gelap</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Sync every</source>
        <translation>&amp;Sinkronkan setiap</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About AgentDesk</source>
        <translation>&amp;Tentang AgentDesk</translation>
    </message>
</context>
</TS>
