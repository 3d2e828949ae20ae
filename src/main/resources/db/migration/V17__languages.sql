-- English and Urdu.

-- The language a person last chose with the switch, restored when they sign in; null until they choose.
alter table user_account
    add column preferred_language varchar(5) check (preferred_language in ('en', 'ur'));

-- Names and titles may be written in English or in Urdu. Sorted with this collation, Urdu follows its own
-- alphabet (ٹ after ت, ڈ after د, ے last) instead of the order of the code points, and English names come
-- first, as in the board's printed lists. Lists use it with ORDER BY ... COLLATE registry_text.
create collation registry_text (provider = icu, locale = 'ur-u-kr-latn-arab');

-- Text as searches compare it: in lower case, composed (NFC), and with the Arabic letters that Arabic keyboards
-- type for Urdu ones (kaf, yeh, alef maksura, heh) folded into the Urdu letters, so that "كراچي" finds "کراچی".
create function registry_fold(text) returns text
    language sql immutable parallel safe returns null on null input
    return translate(lower(normalize($1, NFC)), 'كيىه', 'کییہ');
