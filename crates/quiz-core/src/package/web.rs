//! `README.txt` for the web bundle: where to put the folder, and the two ways to embed
//! this quiz, with the settings it was packaged with.

use super::Chosen;

/// The README for a web bundle of `title`, packaged with `chosen` settings.
pub fn readme(title: &str, chosen: &Chosen, provider_bank: bool) -> String {
    let settings = if chosen.pairs.is_empty() {
        "  (none: the quiz's defaults)\n".to_string()
    } else {
        chosen
            .pairs
            .iter()
            .map(|(name, value)| format!("  {name} = {value}\n"))
            .collect()
    };
    let bank = if provider_bank {
        "your bank (bank/bank.json) and its pictures"
    } else {
        "the built-in bank"
    };
    let attribute_title = title.replace('&', "&amp;").replace('"', "&quot;");
    format!(
        "{title}
{underline}

This folder is the whole quiz, with {bank}, as a static site. It needs no
server code: copy the folder to any web server (for example to
https://your-site.example/quiz/) and open index.html there. After one visit
it works offline.

The settings chosen when it was packaged are built in:
{settings}
A setting given in the address or on the embedding element takes their place.

Embed it with the host script (it sizes the frame and passes on events):

  <div data-pmo-quiz data-title=\"{attribute_title}\"></div>
  <script src=\"https://your-site.example/quiz/embed.js\" defer></script>

or as a plain frame:

  <iframe src=\"https://your-site.example/quiz/\" title=\"{attribute_title}\"
          width=\"100%\" height=\"720\" style=\"border: 0\"></iframe>

Replace https://your-site.example/quiz/ with where you put the folder.
Serve it over HTTPS (or from localhost) so it can work offline. The .br and
.gz copies of large files are not included; a server that compresses on the
fly serves it just as well.
",
        underline = "=".repeat(title.chars().count().max(3)),
    )
}
