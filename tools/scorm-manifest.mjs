// imsmanifest.xml for a single-SCO package, in SCORM 1.2 or SCORM 2004 4th edition form.
// The schema files these name sit next to the manifest (lms/schemas/), as the standard
// expects; tools/scorm-validate.mjs checks the result against them.

/** The namespaces, schemas and spellings that differ between the two versions. */
export const VERSIONS = {
  '1.2': {
    slug: 'scorm12',
    namespaces: {
      '': 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
      adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    },
    locations: [
      ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
      ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
      ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    ],
    schemaversion: '1.2',
    scormType: 'adlcp:scormtype',
  },
  2004: {
    slug: 'scorm2004',
    namespaces: {
      '': 'http://www.imsglobal.org/xsd/imscp_v1p1',
      adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
      adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
      adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
      imsss: 'http://www.imsglobal.org/xsd/imsss',
    },
    locations: [
      ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
      ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
      ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
      ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
      ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
    ],
    schemaversion: '2004 4th Edition',
    scormType: 'adlcp:scormType',
  },
};

/** Text made safe for XML content and attribute values. */
export function escapeXml(text) {
  return String(text).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The manifest: one organisation, one item, one SCO resource launched at `launch`
 * that lists `files`. A 1.2 manifest carries the pass mark as the item's mastery score.
 */
export function manifest({ version, identifier, title, launch, files, passMark }) {
  const v = VERSIONS[version];
  const xmlns = Object.entries(v.namespaces)
    .map(([prefix, uri]) => `xmlns${prefix ? `:${prefix}` : ''}="${uri}"`)
    .concat('xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"')
    .join('\n          ');
  const locations = v.locations.map(([ns, file]) => `${ns} ${file}`).join('\n                              ');
  const mastery = version === '1.2' && passMark !== undefined ? `\n        <adlcp:masteryscore>${passMark}</adlcp:masteryscore>` : '';
  const name = escapeXml(title);
  const fileList = files.map((f) => `      <file href="${escapeXml(f)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(identifier)}" version="1"
          ${xmlns}
          xsi:schemaLocation="${locations}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${v.schemaversion}</schemaversion>
  </metadata>
  <organizations default="quiz_org">
    <organization identifier="quiz_org">
      <title>${name}</title>
      <item identifier="quiz_item" identifierref="quiz_sco">
        <title>${name}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="quiz_sco" type="webcontent" ${v.scormType}="sco" href="${escapeXml(launch)}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}
