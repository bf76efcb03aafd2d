"""Texts of the identity fields: the NIK (Nomor Induk Kependudukan) on the KTP, gender,
place of birth, highest education and the member's photo."""

from groupdesk.core.messages.registry import texts

say = texts("identity")

say("nik.letters", "“{value}” is not a NIK: a NIK has only digits")
say("nik.length", "“{value}” is not a NIK: a NIK has 16 digits (this has {length})")
say("nik.province", "“{value}” is not a NIK: {code} is not a province code")
say("nik.month", "“{value}” is not a NIK: it names month {month} of the birth date")
say("nik.day", "“{value}” is not a NIK: it names day {day} of the birth date")
say("nik.date", "“{value}” is not a NIK: its birth date ({day}/{month}) does not exist")
say("nik.serial", "“{value}” is not a NIK: its last four digits cannot be 0000")
say("nik.taken", "NIK {nik} already belongs to {name}")
say("dup.nik", "NIK {nik}")
say(
    "nik.birth_date_differs",
    "The NIK gives the birth date {from_nik:date}, the birth date says {given:date}",
)
say("nik.gender_differs", "The NIK says {from_nik}, the gender says {given}")
say("gender.unknown", "“{value}” is not a gender: use L or P (male or female)")
say(
    "education.unknown",
    "“{value}” is not a level of education: use SMA, D3, D4, S1, Profesi, S2, S3 or Sp.",
)
say("photo.too_big", "The photo is too big: at most {maximum} MB")
say("photo.not_an_image", "The photo must be a JPG or PNG picture")
say("photo.unreadable", "{path} cannot be read ({reason})")
say("ttl.no_date", "“{value}” has no birth date after the place")

# words for the stored codes (the reports' ENUMS take them in)
IDENTITY_ENUMS = {
    "gender": {
        "male": say("enum.gender.male", "Male"),
        "female": say("enum.gender.female", "Female"),
    },
    "education": {
        "sma": say("enum.education.sma", "Senior high school (SMA)"),
        "d3": say("enum.education.d3", "Diploma 3 (D3)"),
        "d4": say("enum.education.d4", "Applied bachelor (D4)"),
        "s1": say("enum.education.s1", "Bachelor (S1)"),
        "profesi": say("enum.education.profesi", "Professional (Profesi/Ners)"),
        "s2": say("enum.education.s2", "Master (S2)"),
        "s3": say("enum.education.s3", "Doctorate (S3)"),
        "sp": say("enum.education.sp", "Specialist (Sp.)"),
    },
}

# the import's fields, by their English label (the importer names fields so)
IMPORT_LABELS = {
    "NIK": say("import_field.nik", "NIK"),
    "Gender": say("import_field.gender", "Gender"),
    "Place of birth": say("import_field.birth_place", "Place of birth"),
    "Highest education": say("import_field.education", "Highest education"),
}

# the roster report's headings (read back by the importer: "Jenis Kelamin", "Tempat Lahir")
IDENTITY_HEADINGS = {
    "NIK": say("report.heading.nik", "NIK"),
    "Gender": say("report.heading.gender", "Gender"),
    "Place of Birth": say("report.heading.place_of_birth", "Place of Birth"),
    "Education": say("report.heading.education", "Education"),
}

# the Members page's filters, as the roster report's About sheet names them
IDENTITY_FILTERS = {
    "Gender": say("report.filter.gender", "Gender"),
    "Education": say("report.filter.education", "Education"),
}

# the fields' names: report headings, the personal-data export and the History tab
IDENTITY_FIELDS = {
    "nik": say("field.member.nik", "NIK"),
    "gender": say("field.member.gender", "Gender"),
    "birth_place": say("field.member.birth_place", "Place of birth"),
    "education": say("field.member.education", "Highest education"),
    "photo": say("field.member.photo", "Photo"),
}
