// Query parameters that say how a reader arrived, not which article they read. Dropped from
// canonical URLs. Names are matched lower-case.

/** Prefixes: every parameter starting with one of these is tracking (Google Analytics, Matomo, AT Internet…). */
export const TRACKING_PREFIXES = ['utm_', 'at_', 'pk_', 'mtm_', 'hsa_', 'ga_', '__twitter'];

/** Whole names: click ids, mail campaign ids, share and referral markers of ad networks and outlets. */
export const TRACKING_NAMES = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'igshid', 'li_fat_id',
  'mc_cid', 'mc_eid', 'mkt_tok', '_hsenc', '_hsmi', 'vero_id', 'vero_conv', 'oly_anon_id', 'oly_enc_id', 'rb_clickid',
  '_ga', '_gl', 'ref', 'ref_src', 'ref_url', 'referrer', 'src', 'cmpid', 'ocid', 'ito', 'xtor', 's_cid',
  'smid', 'smtyp', 'sr_share', 'spm', 'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee',
  'cmp', 'campaign_id', 'ncid', 'soc_src', 'soc_trk', 'wt_mc', 'wt.mc_id', 'taid', 'guccounter',
]);

/** Parameters that ask for the AMP rendering of the same article. */
export const AMP_PARAMS: [name: string, value: RegExp][] = [['amp', /^(|1|true)$/i], ['outputtype', /^amp$/i], ['_amp', /^(|1|true)$/i]];

/** Host prefix of AMP-only subdomains (`amp.example.com`). */
export const AMP_HOST_PREFIX = 'amp.';

/** The AMP cache's host suffix: `example-com.cdn.ampproject.org/c/s/example.com/path`. */
export const AMP_CACHE_SUFFIX = '.cdn.ampproject.org';

/** Link wrappers whose target is in a query parameter: host (`www.` dropped) → parameter names tried in order. */
export const REDIRECTORS: Record<string, string[]> = {
  'google.com/url': ['url', 'q'],
  'l.facebook.com/l.php': ['u'],
  'lm.facebook.com/l.php': ['u'],
  'news.google.com/url': ['url'],
  'out.reddit.com': ['url'],
  't.umblr.com/redirect': ['z'],
};

/** FeedBurner's proxy host: `feedproxy.google.com/~r/<feed>/~3/<id>/<slug>`; the original URL is not in the link. */
export const FEEDPROXY_HOSTS = new Set(['feedproxy.google.com', 'feeds.feedburner.com']);
