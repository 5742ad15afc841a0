<?xml version="1.0" encoding="UTF-8"?>
<!--
  dengar's default Indonesian lexicon: names and acronyms frequent in the news that
  espeak-ng's Indonesian voice reads wrongly as written. Aliases are written the way an
  Indonesian reader would spell the sound. Voice profiles (lexicons = [...]) and
  the lexicon option of dengar build and inspect add entries that win over these.
-->
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
         alphabet="x-espeak" xml:lang="id">
  <!-- Acronyms said as English letters in Indonesian news, or not letter by letter -->
  <lexeme><grapheme>CEO</grapheme><alias>si i o</alias></lexeme>
  <lexeme><grapheme>FBI</grapheme><alias>ef bi ai</alias></lexeme>
  <lexeme><grapheme>CIA</grapheme><alias>si ai ei</alias></lexeme>
  <lexeme><grapheme>SEA Games</grapheme><alias>Si Gems</alias></lexeme>
  <lexeme><grapheme>DI Yogyakarta</grapheme><alias>Daerah Istimewa Yogyakarta</alias></lexeme>
  <lexeme><grapheme>DI Aceh</grapheme><alias>Daerah Istimewa Aceh</alias></lexeme>
  <lexeme><grapheme>UEFA</grapheme><alias>uefa</alias></lexeme>
  <lexeme><grapheme>Gen Z</grapheme><alias>gen zet</alias></lexeme>
  <!-- Bank Indonesia: "QRIS (dibaca KRIS)" -->
  <lexeme><grapheme>QRIS</grapheme><alias>kris</alias></lexeme>
  <lexeme><grapheme>QR</grapheme><alias>kiu ar</alias></lexeme>
  <!-- The constitution's year is always said as two pairs, "sembilan belas empat puluh lima",
       never as the cardinal a year otherwise is; "UUD" alone is expanded by acronyms.toml -->
  <lexeme><grapheme>UUD 1945</grapheme><alias>Undang-Undang Dasar sembilan belas empat puluh lima</alias></lexeme>
  <lexeme><grapheme>UUD NRI 1945</grapheme><alias>Undang-Undang Dasar Negara Republik Indonesia sembilan belas empat puluh lima</alias></lexeme>
  <lexeme><grapheme>UUD NRI Tahun 1945</grapheme><alias>Undang-Undang Dasar Negara Republik Indonesia Tahun sembilan belas empat puluh lima</alias></lexeme>
  <lexeme><grapheme>UUD Tahun 1945</grapheme><alias>Undang-Undang Dasar Tahun sembilan belas empat puluh lima</alias></lexeme>
  <lexeme><grapheme>UUD '45</grapheme><alias>Undang-Undang Dasar empat lima</alias></lexeme>
  <!-- Korean names (the sample article and the peninsula's news) -->
  <lexeme><grapheme>Kim Jong-un</grapheme><alias>Kim Jong Un</alias></lexeme>
  <lexeme><grapheme>Choe Son Hui</grapheme><alias>Cwe Son Hui</alias></lexeme>
  <lexeme><grapheme>Shoe Son Hui</grapheme><alias>Cwe Son Hui</alias></lexeme>
  <lexeme><grapheme>Lee Ho-ryung</grapheme><alias>Li Ho Ryung</alias></lexeme>
  <lexeme><grapheme>Yoon Suk Yeol</grapheme><alias>Yun Suk Yol</alias></lexeme>
  <lexeme><grapheme>Lee Jae-myung</grapheme><alias>Li Je Myung</alias></lexeme>
  <!-- Other names in international news -->
  <lexeme><grapheme>Joseph</grapheme><alias>Josef</alias></lexeme>
  <lexeme><grapheme>Dempsey</grapheme><alias>Dempsi</alias></lexeme>
  <lexeme><grapheme>Dmitry</grapheme><alias>Dmitri</alias></lexeme>
  <lexeme><grapheme>Sergei</grapheme><alias>Sergey</alias></lexeme>
  <lexeme><grapheme>Joe Biden</grapheme><alias>Jo Baiden</alias></lexeme>
  <lexeme><grapheme>Biden</grapheme><alias>Baiden</alias></lexeme>
  <lexeme><grapheme>Donald Trump</grapheme><alias>Donald Tramp</alias></lexeme>
  <lexeme><grapheme>Trump</grapheme><alias>Tramp</alias></lexeme>
  <lexeme><grapheme>Xi Jinping</grapheme><alias>Si Jinping</alias></lexeme>
  <lexeme><grapheme>Volodymyr Zelensky</grapheme><alias>Volodimir Zelenski</alias></lexeme>
  <lexeme><grapheme>Zelensky</grapheme><alias>Zelenski</alias></lexeme>
  <lexeme><grapheme>Emmanuel Macron</grapheme><alias>Emanuel Makron</alias></lexeme>
  <lexeme><grapheme>Macron</grapheme><alias>Makron</alias></lexeme>
  <lexeme><grapheme>Keir Starmer</grapheme><alias>Kir Starmer</alias></lexeme>
  <lexeme><grapheme>António Guterres</grapheme><alias>Antonio Guteres</alias></lexeme>
  <lexeme><grapheme>Guterres</grapheme><alias>Guteres</alias></lexeme>
  <lexeme><grapheme>Washington</grapheme><alias>Wosyingten</alias></lexeme>
  <lexeme><grapheme>White House</grapheme><alias>Wait Haus</alias></lexeme>
  <lexeme><grapheme>New York</grapheme><alias>Nyu York</alias></lexeme>
  <!-- Brands -->
  <lexeme><grapheme>Facebook</grapheme><alias>Fesbuk</alias></lexeme>
  <lexeme><grapheme>YouTube</grapheme><alias>Yutub</alias></lexeme>
  <lexeme><grapheme>WhatsApp</grapheme><alias>Wotsap</alias></lexeme>
  <lexeme><grapheme>Google</grapheme><alias>Gugel</alias></lexeme>
  <lexeme><grapheme>iPhone</grapheme><alias>Aifon</alias></lexeme>
</lexicon>
