"""Descriptions of the lists every new database starts with (professions, cause areas,
skills, challenge categories), written in the organisation's language when it is created."""

from groupdesk.core.messages.registry import texts

say = texts("reference")

say("reference.profession.dokter", "Doctor; practises with an STR and an SIP")
say("reference.profession.perawat", "Nurse; registered with an STR")
say("reference.profession.bidan", "Midwife; registered with an STR")
say("reference.profession.guru", "Teacher")
say("reference.profession.psikolog", "Psychologist; practises with an SIPP")
say("reference.profession.advokat", "Lawyer")
say("reference.profession.apoteker", "Pharmacist; registered with an STRA")
say("reference.profession.pekerja_sosial", "Social worker")
say("reference.cause_area.penanggulangan_bencana", "Disaster relief")
say("reference.cause_area.pendidikan", "Education")
say("reference.cause_area.kesehatan", "Health")
say("reference.cause_area.lingkungan", "Environment")
say("reference.cause_area.perawatan_lansia", "Elderly care")
say("reference.cause_area.anak_dan_remaja", "Children and youth")
say("reference.skill.pertolongan_pertama", "First aid")
say("reference.skill.mengajar", "Teaching")
say("reference.skill.konseling", "Counselling")
say("reference.skill.memasak", "Cooking")
say("reference.skill.mengemudi", "Driving")
say("reference.skill.logistik", "Logistics")
say("reference.skill.bahasa_isyarat", "Sign language")
say("reference.skill.administrasi", "Administration")
say("reference.skill.fotografi", "Photography")
say("reference.skill.teknologi_informasi", "IT support")
say("reference.challenge_category.tekanan_kerja", "Work pressure")
say("reference.challenge_category.tanggung_jawab_tinggi", "Heavy responsibility")
say("reference.challenge_category.situasi_emosional_yang_sulit", "Emotionally hard situations")
say("reference.challenge_category.mengikuti_perkembangan_bidang", "Keeping up with the field")
say("reference.challenge_category.etika_profesi", "Professional ethics")
say("reference.challenge_category.mencari_waktu_luang", "Finding time")
say(
    "reference.challenge_category.mencari_proyek_yang_sesuai_minat",
    "Finding a project that fits one's interests",
)
say("reference.challenge_category.beban_emosional", "Emotional strain")
