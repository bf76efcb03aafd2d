"""Word lists for believable Indonesian demo data (names, places, streets, phone prefixes)."""

FIRST_NAMES = (
    "Agus", "Ahmad", "Andi", "Anisa", "Ayu", "Bambang", "Bayu", "Budi", "Citra", "Dewi",
    "Dian", "Dimas", "Dwi", "Eka", "Eko", "Fajar", "Farah", "Fitri", "Gita", "Hadi",
    "Hendra", "Ikhsan", "Indah", "Intan", "Joko", "Kadek", "Kartika", "Ketut", "Komang",
    "Lestari", "Lina", "Made", "Mega", "Muhammad", "Nabila", "Nur", "Nurul", "Nyoman",
    "Oktaviani", "Putri", "Rahmat", "Ratna", "Rina", "Rizky", "Sari", "Siti", "Sri",
    "Teguh", "Tri", "Utami", "Wahyu", "Wayan", "Yanti", "Yusuf", "Zainal", "Arif",
    "Bagus", "Cahya", "Desi", "Endang", "Galih", "Hana", "Irfan", "Kurnia", "Maya",
    "Novi", "Puspita", "Reza", "Sekar", "Tiara", "Wulan", "Yoga",
)

LAST_NAMES = (
    "Santoso", "Wijaya", "Pratama", "Saputra", "Hidayat", "Nugroho", "Kusuma", "Setiawan",
    "Permana", "Wibowo", "Siregar", "Nasution", "Harahap", "Simanjuntak", "Sihombing",
    "Tanjung", "Lubis", "Rahman", "Hakim", "Gunawan", "Halim", "Susanto", "Purnomo",
    "Handayani", "Suryani", "Sembiring", "Ginting", "Manurung", "Situmorang", "Tambunan",
    "Wulandari", "Rahmawati", "Kurniawan", "Firmansyah", "Maharani", "Anggraini",
    "Syahputra", "Ramadhan", "Utomo", "Prasetyo", "Hutapea", "Pardede", "Sinaga",
    "Putra", "Putri", "Lestari", "Safitri", "Hasibuan", "Daulay", "Matondang",
)

CITIES = (
    "Jakarta Selatan", "Jakarta Timur", "Bandung", "Surabaya", "Yogyakarta", "Semarang",
    "Medan", "Makassar", "Denpasar", "Malang", "Padang", "Palembang", "Bogor", "Depok",
    "Bekasi", "Tangerang", "Surakarta", "Balikpapan", "Pontianak", "Manado", "Kupang",
    "Mataram", "Ambon", "Jayapura", "Banda Aceh", "Pekanbaru",
)

STREETS = (
    "Merdeka", "Sudirman", "Diponegoro", "Gatot Subroto", "Ahmad Yani", "Pahlawan",
    "Kartini", "Gajah Mada", "Hayam Wuruk", "Pemuda", "Veteran", "Cendrawasih", "Melati",
    "Mawar", "Kenanga", "Teuku Umar", "Imam Bonjol", "Pattimura", "Siliwangi", "Asia Afrika",
)

MOBILE_PREFIXES = (
    "811", "812", "813", "821", "822", "823", "852", "853", "856", "857", "858",
    "877", "878", "881", "882", "895", "896", "897", "898", "899",
)

EMAIL_DOMAINS = ("gmail.com", "yahoo.co.id", "gmail.com", "outlook.com", "gmail.com")
