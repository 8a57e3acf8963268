package io.newsflow.ingest.wire;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The expected outcome of every file under shared/fixtures/wire, decided from the file and SOURCES.md.
 *
 * <p>Forms: {@code items N} (a document giving N articles and no rejection), {@code items N, rejected
 * a,b} (N articles and one rejected item per listed reason, in document order), {@code refused reason}
 * (the whole document refused with that {@link WireFormatException#reason()}).
 *
 * <p>How the rows were decided, by kind of file:
 * <ul>
 * <li>Hostile XML (XXE, billion laughs) and every file with a DOCTYPE, even a benign one
 * (fp_rss_entity_in_doctype, fp_rss_version_091_netscape, fp_always_strip_doctype): dtd-refused.</li>
 * <li>Truncated or broken XML, undeclared entity (&amp;hellip;) or prefix, a comment-only file:
 * malformed-xml. Undeclared windows-1255 / ISO-8859-1 bytes, invalid UTF-8 after a BOM, the encoding
 * "bogus": bad-encoding (UTF-8 is what XML means when nothing is declared).</li>
 * <li>feedparser fragments whose items have no title, or neither guid nor link: the feed is read and
 * each such item rejected with missing-field; channels without items give no article (items 0),
 * whatever odd channel-level date they carry (Greek pubDate, lastBuildDate without a year), because
 * channel dates are not used.</li>
 * <li>Odd item dates that are still dates are read (photocast '2006-01-11 16:43:22 -0800', Livemint's
 * CDATA with trailing space, Il Giornale's bare 'Z'); heraldsun's odd date is channel-level only.</li>
 * <li>NewsML-G2: concept, knowledge, catalog, planning and package items are not articles
 * (unsupported-item); newsItems without contentMeta/headline (event lists, video without headline,
 * hop history, metadata-only, the unit-test minimal items) are missing-field; LISTING_25 is a bare
 * contentSet fragment (unknown-format); TT's namespace-less newsMessage gives its text item and
 * rejects its package and its picture (no headline).</li>
 * <li>ninjs: checked against the schema the document declares, else the newest of the major version
 * its properties show, else 2.2 or 1.6 (see NinjsSchemas). Folder names are the IPTC suite's intent
 * for one exact version; an undeclared 1.0/1.1 should_fail file that is valid ninjs 1.6 is therefore
 * read as 1.6 (014_type_component and 1.1/001_type_component are accepted; 016_infosource and
 * 1.1/002_infosource are valid 1.6 but have no headline). The schema verdicts were cross-checked with
 * an independent validator (Python jsonschema 4.26). SOURCES.md says every 2.x_dev/should_pass file is
 * rejected by the released 2.2 schema, but 005_altids, 006_trustindicator and 008_encoded_rights are
 * valid 2.2 (both validators agree): 005 has a headline and is accepted, the others lack one.
 * 2.x_dev/004 declares 1.2 in a 2.x 'standard' property, which 1.2 does not allow. Schema-valid files
 * without a headline are missing-field (title is not a headline in ninjs); a kill
 * (022_pubstatus_withheld) needs none; 'version' must be a whole number (bad-value); an unreadable
 * versioncreated/firstcreated is bad-date (dates are read before the headline is required), and so is
 * an embargo without a time zone (020_embargoed_date_only: a date alone names no zone, and an embargo read
 * as UTC could lift early).</li>
 * </ul>
 */
final class FixtureOutcomes {

    private static final String TABLE = """
            feeds/illformed/defusedxml_external.xml | refused dtd-refused
            feeds/illformed/defusedxml_xmlbomb.xml | refused dtd-refused
            feeds/illformed/feedrs_rss_2.0_invalid_1_reuters.xml | refused malformed-xml
            feeds/illformed/fp_aaa_illformed.xml | refused malformed-xml
            feeds/illformed/fp_always_strip_doctype.xml | refused dtd-refused
            feeds/illformed/fp_base_unsafe_base.xml | items 0, rejected missing-field
            feeds/illformed/fp_chardet_windows1255.xml | refused bad-encoding
            feeds/illformed/fp_enc_bozo_bogus_encoding.xml | refused bad-encoding
            feeds/illformed/fp_enc_bozo_invalid-bytes-with-bom.xml | refused bad-encoding
            feeds/illformed/fp_entities_hellip.xml | refused malformed-xml
            feeds/illformed/fp_http_high_bit_date.xml | items 0
            feeds/illformed/fp_rss_empty_document.xml | refused malformed-xml
            feeds/illformed/fp_rss_item_link_corrupted_ampersands.xml | refused malformed-xml
            feeds/illformed/fp_sanitize_item_description_crazy.xml | items 0, rejected missing-field
            feeds/illformed/fp_undeclared_namespace.xml | refused malformed-xml
            feeds/illformed/laminas_rss_lastbuilddate_invalid.xml | items 0
            feeds/illformed/laminas_xxe-atom10.xml | refused dtd-refused
            feeds/illformed/rome_index_photocast.rss | items 4
            feeds/illformed/rssparser_heraldsun.rss | items 2
            feeds/illformed/rssparser_uolNoticias.rss | refused bad-encoding
            feeds/publishers/golem_de_rss1.0_iso8859.xml | items 1
            feeds/publishers/guardian_us.rss | items 55
            feeds/publishers/h-online_atom10.xml | items 60
            feeds/publishers/heise_developer.atom | items 15
            feeds/publishers/ilgiornale_cronache.xml | items 1
            feeds/publishers/inovacaotecnologica_iso8859.xml | items 1
            feeds/publishers/livemint_news.xml | items 25
            feeds/wellformed/feedrs_atom_example_6_github.xml | items 4
            feeds/wellformed/feedrs_atom_xml_base.xml | items 1
            feeds/wellformed/feedrs_rss_2.0_relurl_1.xml | items 2
            feeds/wellformed/fp_atom10_entry_category_term_non_ascii.xml | items 0, rejected missing-field
            feeds/wellformed/fp_atom10_entry_content_inline_markup_2.xml | items 0, rejected missing-field
            feeds/wellformed/fp_atom10_entry_link_rel_enclosure.xml | items 0, rejected missing-field
            feeds/wellformed/fp_atom10_entry_source_title.xml | items 0, rejected missing-field
            feeds/wellformed/fp_atom10_relative_uri_inherit_2.xml | items 0
            feeds/wellformed/fp_base_rel_uri_with_unicode_character.xml | items 0, rejected missing-field
            feeds/wellformed/fp_base_relative_xml_base_2.xml | items 0, rejected missing-field
            feeds/wellformed/fp_enc_big5.xml | items 0
            feeds/wellformed/fp_enc_euc-kr-item.xml | items 0, rejected missing-field
            feeds/wellformed/fp_enc_utf-32be-autodetect.xml | items 0
            feeds/wellformed/fp_enc_utf-8-bom.xml | items 0
            feeds/wellformed/fp_geo_georss_point.xml | items 0, rejected missing-field
            feeds/wellformed/fp_lang_entry_content_xml_lang_inherit_3.xml | items 0, rejected missing-field
            feeds/wellformed/fp_ns_atomthreadingwithentry.xml | items 1
            feeds/wellformed/fp_ns_rss2.0NSwithModules.xml | items 1
            feeds/wellformed/fp_ns_rss2.0withAtomNS.xml | items 1
            feeds/wellformed/fp_rss_channel_dcterms_validity.xml | items 0
            feeds/wellformed/fp_rss_entity_in_doctype.xml | refused dtd-refused
            feeds/wellformed/fp_rss_item_content_encoded.xml | items 0, rejected missing-field
            feeds/wellformed/fp_rss_item_description_not_a_doctype2.xml | items 0, rejected missing-field
            feeds/wellformed/fp_rss_item_enclosure_multiple.xml | items 0, rejected missing-field
            feeds/wellformed/fp_rss_item_guid_not_permalink.xml | items 0, rejected missing-field
            feeds/wellformed/fp_rss_item_xhtml_body.xml | items 0, rejected missing-field
            feeds/wellformed/fp_rss_version_091_netscape.xml | refused dtd-refused
            feeds/wellformed/rome_atom_1.0.xml | items 2
            feeds/wellformed/rome_atom_1.0_prefix.xml | items 0
            feeds/wellformed/rome_rss_1.0.xml | items 2
            feeds/wellformed/rome_rss_2.0.xml | items 2
            newsml-g2/items/LISTING_10_Abstract_Concept_conveyed_in_a_NewsML-G2_Concept_Item.xml | refused unsupported-item
            newsml-g2/items/LISTING_12_Knowledge_Item_for_Access_Codes.xml | refused unsupported-item
            newsml-g2/items/LISTING_13_Complete_Catalog_Item.xml | refused unsupported-item
            newsml-g2/items/LISTING_14_Event_sent_as_a_Concept_Item.xml | refused unsupported-item
            newsml-g2/items/LISTING_16_A_Set_of_Events_carried_in_a_News_Item.xml | refused missing-field
            newsml-g2/items/LISTING_17_Planning_Item_a_CCL.xml | refused unsupported-item
            newsml-g2/items/LISTING_1_A_NewsML-G2_News_Item.xml | items 1
            newsml-g2/items/LISTING_21_A_complete_sample_SportsML-G2_document.xml | items 1
            newsml-g2/items/LISTING_22_Sports_story_in_NewsML-G2NITF.xml | items 1
            newsml-g2/items/LISTING_24_News_Message_conveying_a_complete_News_Package.xml | items 0, rejected unsupported-item,missing-field,missing-field,missing-field,missing-field
            newsml-g2/items/LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml | refused unknown-format
            newsml-g2/items/LISTING_26_Embedded_photo_metadata_fields_mapped_to_NewsML-G2.xml | items 1
            newsml-g2/items/LISTING_29_Hop_History.xml | refused missing-field
            newsml-g2/items/LISTING_2_NewsML-G2_Text_Document.xml | items 1
            newsml-g2/items/LISTING_3_Photo_in_NewsML-G2.xml | items 1
            newsml-g2/items/LISTING_4_Multiple_Renditions_of_a_Video_in_NewsML-G2.xml | refused missing-field
            newsml-g2/items/LISTING_6_Simple_NewsML-G2_Package.xml | refused unsupported-item
            newsml-g2/items/TT_newsmlg2_sample.xml | items 1, rejected unsupported-item,missing-field
            newsml-g2/items/ap_metadata_example.xml | refused missing-field
            newsml-g2/unit_tests/2.29/should_fail/001_incomplete_file.xml | refused missing-field
            newsml-g2/unit_tests/2.29/should_fail/002_newsitem_with_no_catalog.xml | refused missing-field
            newsml-g2/unit_tests/2.29/should_pass/001_simplest_file.xml | refused missing-field
            newsml-g2/unit_tests/2.30/should_fail/CR00212_02_residrefformaturi_badly_formatted.xml | refused unsupported-item
            newsml-g2/unit_tests/2.30/should_pass/CR00211_01_newsitem_with_no_catalog.xml | refused missing-field
            newsml-g2/unit_tests/2.34/should_pass/CR00219_datamining_in_rightsinfo_simple.xml | refused missing-field
            newsml-g2/unit_tests/2.35/should_pass/CR00221_eventstatus.xml | refused unsupported-item
            ninjs/doc-examples/1.6/001_simple_example.json | items 1
            ninjs/doc-examples/1.6/002_renditions_example.json | refused missing-field
            ninjs/doc-examples/1.6/004_simple_text_article.json | items 1
            ninjs/doc-examples/1.6/005_complex_text_article.json | items 1
            ninjs/doc-examples/1.6/007_multimedia.json | items 1
            ninjs/doc-examples/2.2/001_simple_example.json | items 1
            ninjs/doc-examples/2.2/003_associations_example.json | items 1
            ninjs/doc-examples/2.2/004_simple_text_article.json | items 1
            ninjs/doc-examples/2.2/006_photo_only.json | items 1
            ninjs/doc-examples/2.2/007_multimedia.json | items 1
            ninjs/doc-examples/not-valid/008_extension.json | refused schema-invalid
            ninjs/examples/1.4/businesswire-newsml-20130515006361.json | items 1
            ninjs/examples/1.4/businesswire-newsml-20130605006126.json | items 1
            ninjs/examples/1.4/businesswire-newsml-20130731006140.json | items 1
            ninjs/examples/1.4/ninjs-1-4-examples.json | items 1
            ninjs/examples/1.4/ninjsExComplex1.json | items 1
            ninjs/examples/1.4/ninjsExMediumText1.json | items 1
            ninjs/examples/1.4/ninjsExSimplePhoto1.json | items 1
            ninjs/examples/1.4/ninjsExSimpleText1.json | items 1
            ninjs/examples/2.1/SIPA_image_2.json | items 1
            ninjs/examples/2.1/ap_image.json | items 1
            ninjs/examples/2.1/ap_video.json | items 1
            ninjs/examples/2.1/businesswire-newsml-20130605006126.json | items 1
            ninjs/examples/2.1/businesswire-newsml-20130731006140.json | items 1
            ninjs/examples/2.1/dpa_text.json | items 1
            ninjs/examples/2.1/imageEncodedRights.json | items 1
            ninjs/examples/2.1/ninjsExSimpleText_2.json | items 1
            ninjs/examples/2.1/schema-extension/extension-example.json | refused schema-invalid
            ninjs/examples/2.1/tt_text_image_2.json | items 1
            ninjs/test_suite/1.0/should_fail/001_no_uri_declared.json | refused missing-field
            ninjs/test_suite/1.0/should_fail/002_type_invalid.json | refused schema-invalid
            ninjs/test_suite/1.0/should_fail/004_representationtype_invalid.json | refused schema-invalid
            ninjs/test_suite/1.0/should_fail/005_profile_must_be_string.json | refused schema-invalid
            ninjs/test_suite/1.0/should_fail/006_version_must_be_string.json | refused schema-invalid
            ninjs/test_suite/1.0/should_fail/008_usageterms_object.json | refused schema-invalid
            ninjs/test_suite/1.0/should_fail/009_body_text_with_cr.json | refused malformed-json
            ninjs/test_suite/1.0/should_fail/010_body_must_be_string.json | refused malformed-json
            ninjs/test_suite/1.0/should_fail/012_location_not_object.json | refused malformed-json
            ninjs/test_suite/1.0/should_fail/013_person_not_string.json | refused schema-invalid
            ninjs/test_suite/1.0/should_fail/014_type_component.json | items 1
            ninjs/test_suite/1.0/should_fail/016_infosource.json | refused missing-field
            ninjs/test_suite/1.0/should_fail/017_description_extension.json | refused schema-invalid
            ninjs/test_suite/1.0/should_pass/001_simplest_file.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/002_type_text.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/004_type_video.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/005_type_picture.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/006_type_graphic.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/008_mimetype.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/009_representationtype_complete.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/010_representationtype_incomplete.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/012_profile_anytext.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/013_version.json | refused bad-value
            ninjs/test_suite/1.0/should_pass/014_version_anytext.json | refused bad-value
            ninjs/test_suite/1.0/should_pass/016_versioncreated_bad_datetime.json | refused bad-date
            ninjs/test_suite/1.0/should_pass/017_versioncreated_date_only.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/018_embargoed.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/020_embargoed_date_only.json | refused bad-date
            ninjs/test_suite/1.0/should_pass/021_pubstatus_usable.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/022_pubstatus_withheld.json | items 1
            ninjs/test_suite/1.0/should_pass/026_language.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/027_copyrightholder.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/028_copyrightnotice.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/031_byline.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/032_body_text.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/033_body_html.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/035_body_new.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/036_description_text.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/037_description_html.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/039_description_new.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/040_located.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/041_person_empty.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/043_person_multiple.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/044_organisation_empty.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/045_organisation_complete.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/047_place_empty.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/048_place_complete.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/049_place_multiple.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/051_subject_complete.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/052_subject_multiple.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/053_event_empty.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/055_event_multiple.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/056_object_empty.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/057_object_complete.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/059_renditions_empty.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/060_renditions_single.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/061_renditions_multiple.json | refused missing-field
            ninjs/test_suite/1.0/should_pass/063_associations_single.json | items 1
            ninjs/test_suite/1.0/should_pass/064_associations_multiple.json | items 1
            ninjs/test_suite/1.1/should_fail/001_type_component.json | items 1
            ninjs/test_suite/1.1/should_fail/002_infosource.json | refused missing-field
            ninjs/test_suite/1.1/should_pass/001_urgency.json | refused missing-field
            ninjs/test_suite/1.1/should_pass/002_urgency_9.json | refused missing-field
            ninjs/test_suite/1.1/should_pass/004_place_with_geometry.json | refused missing-field
            ninjs/test_suite/1.1/should_pass/005_place_multiple_with_geometry.json | refused missing-field
            ninjs/test_suite/1.2/should_fail/001_title_as_number.json | refused schema-invalid
            ninjs/test_suite/1.2/should_fail/003_ednote_bad_type.json | refused schema-invalid
            ninjs/test_suite/1.2/should_fail/004_infosource_bad_type.json | refused schema-invalid
            ninjs/test_suite/1.2/should_fail/006_pubstatus_commissioned.json | refused schema-invalid
            ninjs/test_suite/1.2/should_pass/001_title.json | refused missing-field
            ninjs/test_suite/1.2/should_pass/002_long_title.json | refused missing-field
            ninjs/test_suite/1.2/should_pass/004_first_created.json | refused missing-field
            ninjs/test_suite/1.2/should_pass/005_firstcreated_bad_datetime.json | refused bad-date
            ninjs/test_suite/1.2/should_pass/008_ednote.json | refused missing-field
            ninjs/test_suite/1.2/should_pass/010_infosource_full.json | refused missing-field
            ninjs/test_suite/1.2/should_pass/011_infosource_multiple.json | refused missing-field
            ninjs/test_suite/1.3/should_fail/001_schema_bad.json | refused schema-invalid
            ninjs/test_suite/1.3/should_fail/003_headline_blank_extension.json | refused schema-invalid
            ninjs/test_suite/1.3/should_fail/004_headline_dash.json | refused schema-invalid
            ninjs/test_suite/1.3/should_fail/005_bad_altids.json | refused schema-invalid
            ninjs/test_suite/1.3/should_fail/007_invalid_genre.json | refused schema-invalid
            ninjs/test_suite/1.3/should_pass/001_ninjs_example.json | items 1
            ninjs/test_suite/1.3/should_pass/002_schema.json | refused missing-field
            ninjs/test_suite/1.3/should_pass/004_headlines.json | items 1
            ninjs/test_suite/1.3/should_pass/005_altids.json | refused missing-field
            ninjs/test_suite/1.3/should_pass/006_genre.json | items 1
            ninjs/test_suite/1.3/should_pass/008_regex_bug.json | items 1
            ninjs/test_suite/1.4/should_fail/001_bad_contentcreated.json | refused schema-invalid
            ninjs/test_suite/1.4/should_fail/003_bad_expires.json | refused schema-invalid
            ninjs/test_suite/1.4/should_fail/004_bad_expires.json | refused schema-invalid
            ninjs/test_suite/1.4/should_fail/006_bad_rightsinfo.json | refused schema-invalid
            ninjs/test_suite/1.4/should_pass/001_ninjs_example.json | items 1
            ninjs/test_suite/1.4/should_pass/002_contentcreated.json | items 1
            ninjs/test_suite/1.4/should_pass/004_rightsinfo_embedded.json | items 1
            ninjs/test_suite/1.5/002_association.json | items 1
            ninjs/test_suite/1.5/should_fail/001_bad_property.json | refused schema-invalid
            ninjs/test_suite/1.5/should_fail/002_bad_association.json | refused schema-invalid
            ninjs/test_suite/1.5/should_pass/001_contactinfo.json | items 1
            ninjs/test_suite/1.5/should_pass/003_org_symbol.json | refused missing-field
            ninjs/test_suite/1.6/should_fail/001_bad_digital_source.json | refused schema-invalid
            ninjs/test_suite/1.6/should_pass/001_good_digital_source.json | refused missing-field
            ninjs/test_suite/1.x_dev/should_fail/001_advice_string.json | refused schema-invalid
            ninjs/test_suite/1.x_dev/should_fail/003_advice_wrongelements.json | refused schema-invalid
            ninjs/test_suite/1.x_dev/should_fail/004_linked_rights.json | refused schema-invalid
            ninjs/test_suite/1.x_dev/should_fail/006_combined_rights.json | refused schema-invalid
            ninjs/test_suite/1.x_dev/should_pass/001_advice_simple.json | refused schema-invalid
            ninjs/test_suite/1.x_dev/should_pass/002_advice_complex.json | refused schema-invalid
            ninjs/test_suite/1.x_dev/should_pass/004_standard_declaration.json | refused missing-field
            ninjs/test_suite/1.x_dev/should_pass/005_altids.json | items 1
            ninjs/test_suite/1.x_dev/should_pass/006_trustindicator.json | items 1
            ninjs/test_suite/1.x_dev/should_pass/008_encoded_rights.json | refused missing-field
            ninjs/test_suite/2.0/should_fail/001_bad_geojson.json | refused schema-invalid
            ninjs/test_suite/2.0/should_fail/002_bad_association.json | refused schema-invalid
            ninjs/test_suite/2.0/should_pass/001_ninjs_example.json | items 1
            ninjs/test_suite/2.0/should_pass/002_schema.json | refused missing-field
            ninjs/test_suite/2.0/should_pass/004_headlines.json | items 1
            ninjs/test_suite/2.0/should_pass/005_altids.json | refused missing-field
            ninjs/test_suite/2.0/should_pass/006_genre.json | items 1
            ninjs/test_suite/2.0/should_pass/009_rights.json | refused missing-field
            ninjs/test_suite/2.0/should_pass/010_geojson.json | items 1
            ninjs/test_suite/2.1/should_fail/001_bad_association.json | refused schema-invalid
            ninjs/test_suite/2.1/should_fail/002_good_association_but_no_name.json | refused schema-invalid
            ninjs/test_suite/2.1/should_fail/004_bad_rights.json | refused schema-invalid
            ninjs/test_suite/2.1/should_pass/001_ninjs_example.json | items 1
            ninjs/test_suite/2.1/should_pass/002_schema.json | refused missing-field
            ninjs/test_suite/2.1/should_pass/004_headlines.json | items 1
            ninjs/test_suite/2.1/should_pass/005_altids.json | refused missing-field
            ninjs/test_suite/2.1/should_pass/006_genre.json | items 1
            ninjs/test_suite/2.1/should_pass/009_rights.json | refused missing-field
            ninjs/test_suite/2.1/should_pass/010_geojson.json | items 1
            ninjs/test_suite/2.1/should_pass/011_contactinfo.json | items 1
            ninjs/test_suite/2.1/should_pass/013_org_symbol.json | refused missing-field
            ninjs/test_suite/2.1/should_pass/014_expires.json | items 1
            ninjs/test_suite/2.2/should_fail/001_bad_digital_source.json | refused schema-invalid
            ninjs/test_suite/2.2/should_pass/001_good_digital_source.json | refused missing-field
            ninjs/test_suite/2.x_dev/should_fail/001_advice_string.json | refused schema-invalid
            ninjs/test_suite/2.x_dev/should_fail/003_advice_wrongelements.json | refused schema-invalid
            ninjs/test_suite/2.x_dev/should_fail/004_linked_rights.json | refused schema-invalid
            ninjs/test_suite/2.x_dev/should_fail/006_combined_rights.json | refused schema-invalid
            ninjs/test_suite/2.x_dev/should_pass/001_advice_simple.json | refused schema-invalid
            ninjs/test_suite/2.x_dev/should_pass/002_advice_complex.json | refused schema-invalid
            ninjs/test_suite/2.x_dev/should_pass/004_standard_declaration.json | refused schema-invalid
            ninjs/test_suite/2.x_dev/should_pass/005_altids.json | items 1
            ninjs/test_suite/2.x_dev/should_pass/006_trustindicator.json | refused missing-field
            ninjs/test_suite/2.x_dev/should_pass/008_encoded_rights.json | refused missing-field
            ninjs/validation-extra/ninjsExComplex2-invalid.json | refused schema-invalid
            """;

    private FixtureOutcomes() {
    }

    /** Relative path to expected outcome. */
    static Map<String, String> expected() {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : TABLE.strip().split("\\n")) {
            String[] parts = line.split("\\|", 2);
            rows.put(parts[0].strip(), parts[1].strip());
        }
        return rows;
    }
}
