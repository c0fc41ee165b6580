package claims

import (
	"strings"
	"testing"
	"time"

	"parity"
	"parity/dataset"
	"parity/synth"
)

func TestQuantities(t *testing.T) {
	lx := lexicon(t)
	tests := []struct {
		in       string
		min, max int // -1: open
		q        parity.Qualifier
		frac     float64
	}{
		{"35 diplomats", 35, 35, parity.Exact, 0},
		{"1,200 staff", 1200, 1200, parity.Exact, 0},
		{"a dozen envoys", 12, 12, parity.Exact, 0},
		{"two dozen officers", 24, 24, parity.Exact, 0},
		{"some 40 people", 40, 40, parity.Approx, 0},
		{"more than 100 spies", 100, -1, parity.AtLeast, 0},
		{"a little over 50", 50, -1, parity.AtLeast, 0},
		{"approximately 120", 120, 120, parity.Approx, 0},
		{"up to 20", -1, 20, parity.AtMost, 0},
		{"thirty-five", 35, 35, parity.Exact, 0},
		{"between 10 and 15", 10, 15, parity.Approx, 0},
		{"five or six diplomats", 5, 6, parity.Approx, 0},
		{"1998 or 1999", 1998, 1998, parity.Exact, 0},
		{"half", 0, 0, parity.Approx, 0.5},
		{"one-third", 0, 0, parity.Approx, 1.0 / 3},
		{"a third", 0, 0, parity.Approx, 1.0 / 3},
		{"two-thirds", 0, 0, parity.Approx, 2.0 / 3},
	}
	for _, tt := range tests {
		toks := tokenize(tt.in, 0, nil)
		q, ok := lx.parseQuantity(toks, 0)
		if !ok {
			t.Errorf("%q: no quantity", tt.in)
			continue
		}
		if tt.frac > 0 {
			if q.frac < tt.frac-1e-9 || q.frac > tt.frac+1e-9 {
				t.Errorf("%q: fraction %v, want %v", tt.in, q.frac, tt.frac)
			}
			continue
		}
		got := func(p *int) int {
			if p == nil {
				return -1
			}
			return *p
		}
		if got(q.min) != tt.min || got(q.max) != tt.max || q.qualifier != tt.q {
			t.Errorf("%q: got %d..%d %s, want %d..%d %s", tt.in, got(q.min), got(q.max), q.qualifier, tt.min, tt.max, tt.q)
		}
	}
}

func TestDatePhrases(t *testing.T) {
	pub := time.Date(2021, 4, 21, 0, 0, 0, 0, time.UTC) // a Wednesday
	prev := day(time.Date(2021, 4, 17, 0, 0, 0, 0, time.UTC))
	tests := []struct{ in, want string }{
		{"on Monday", "2021-04-19"},
		{"on Wednesday", "2021-04-21"},
		{"on Tuesday last week", "2021-04-13"},
		{"on Monday of last week", "2021-04-12"},
		{"last month", "2021-03"},
		{"in April", "2021-04"},
		{"in mid-March", "2021-03"},
		{"by mid-June 2019", "2019-06"},
		{"in May", "2020-05"},
		{"in 2018", "2018"},
		{"since October 2023", "2023-10"},
		{"on March 26, 2018", "2018-03-26"},
		{"26 March 2018", "2018-03-26"},
		{"a week later", "2021-04-24"},
		{"two days earlier", "2021-04-15"},
		{"days earlier", "2021-04-11/2021-04-16"},
		{"yesterday", "2021-04-20"},
		{"eleven days ago", "2021-04-10"},
		{"earlier in the week", "2021-04-19/2021-04-20"},
		{"last year", "2020"},
		{"on February 22 last year", "2020-02-22"},
		{"in February this year", "2021-02"},
		// A relative phrase counts from the date just before it in the sentence.
		{"on Monday, after Baku acted a day earlier", "2021-04-18"},
		{"on Monday, after Baku acted about 48 hours earlier", "2021-04-17"},
		// A deadline a few weeks ahead is still to come; a past day otherwise.
		{"must leave by May 1", "2021-05-01"},
		{"on May 1", "2020-05-01"},
		{"from May 20", "2021-05-20"},
		{"it will close on June 2", "2021-06-02"},
		{"later that month", "2021-04"},
		{"the following month", "2021-05"},
		// A vague span from an event elaborates the date before it.
		{"last October, weeks after the election", "2020-10"},
		// A season past is the latest one over: in April, last summer is last year's.
		{"last summer", "2020-06/2020-08"},
		{"last winter", "2020-12/2021-02"},
		{"this spring", "2021-03/2021-05"},
		// A weekday set beside a day already told is not another week's.
		{"17 March (Monday) - the embassy closed", "2021-03-17"},
		{"on March 17, Monday, the embassy closed", "2021-03-17"},
		// A weekday beside a day without its year tells the year.
		{"would close on Friday, May 28", "2021-05-28"},
		{"on Friday, April 17", "2020-04-17"},
		{"on May 28 (Friday)", "2021-05-28"},
	}
	for _, tt := range tests {
		toks := tokenize(tt.in, 0, nil)
		ds := findDates(toks, pub, prev)
		if len(ds) == 0 {
			t.Errorf("%q: no date phrase", tt.in)
			continue
		}
		if got := ds[len(ds)-1].date.String(); got != tt.want {
			t.Errorf("%q: got %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestExtractRules(t *testing.T) {
	x := NewExtractor(lexicon(t))
	pub := time.Date(2018, 3, 30, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, body string
		want       []string // Describe() of each claim, in order
	}{
		{"plain", "Moscow expelled 60 American diplomats on Thursday.", []string{"expel RUS→USA 60 2018-03-29"}},
		{"list each", "Russia expelled four each from France and Poland; three each from Lithuania and the Czech Republic.", []string{"expel RUS→FRA 4 2018-03-30", "expel RUS→POL 4 2018-03-30", "expel RUS→LTU 3 2018-03-30", "expel RUS→CZE 3 2018-03-30"}},
		{"threat", "Moscow threatened to expel 20 British diplomats.", nil},
		{"hypothetical", "If Prague expels more Russians, Moscow could close the Czech consulate.", nil},
		{"summons", "Poland summoned the Russian ambassador on Monday.", nil},
		{"sub-counts", "The United States expelled 60 Russian diplomats on Monday, 48 from the embassy and 12 at the United Nations.", []string{"expel USA→RUS 60 2018-03-26"}},
		{"term", "President Obama ordered 35 Russian diplomats to leave.", []string{"expel USA→RUS 35 2009-01-20/2017-01-20"}},
		{"background", "In 2014, Kyiv expelled 12 Russian diplomats.", []string{"expel UKR→RUS 12 2014"}},
		{"other pair", "Ottawa expelled a senior Indian diplomat on Monday.", []string{"expel CAN→IND 1 2018-03-26"}},
		{"joint actors with the", "Saudi Arabia, the United Arab Emirates and Bahrain cut diplomatic relations with Qatar on Monday.", []string{"break_relations SAU→QAT 2018-03-26", "break_relations ARE→QAT 2018-03-26", "break_relations BHR→QAT 2018-03-26"}},
		{"government in a capital", "The government in La Paz broke off diplomatic relations with Israel on Tuesday.", []string{"break_relations BOL→ISR 2018-03-27"}},
		{"no actor in Latin American", "Venezuela expelled the diplomats of seven Latin American countries on Monday.", []string{"expel VEN 2018-03-26"}},
		{"must leave", "Moscow said on Wednesday that eight Japanese diplomats must leave the country.", []string{"expel RUS→JPN 8 2018-03-28"}},
		{"hours to leave", "Bahrain told Qatari diplomats on its territory that they had 48 hours to leave.", []string{"expel BHR→QAT 2018-03-30"}},
		{"passive order", "Washington ordered the closure of the Chinese consulate in Houston on Tuesday. Chinese officials said they had been told on Tuesday to shut the mission.", []string{"close_mission USA→CHN 2018-03-27 Houston"}}, // the second tells the first again
		{"ordered list", "Venezuela told Argentina, Chile and Uruguay to withdraw their representatives on Monday.", []string{"expel VEN→ARG 2018-03-26", "expel VEN→CHL 2018-03-26", "expel VEN→URY 2018-03-26"}},
		{"shared name, default", "Congo broke off diplomatic relations with Rwanda on Monday, officials in Brazzaville said.", []string{"break_relations COG→RWA 2018-03-26"}},
		{"shared name, told by the story", "KINSHASA - Congo broke off diplomatic relations with Rwanda on Monday.", []string{"break_relations COD→RWA 2018-03-26"}},
		{"did the same", "Jordan recalled its ambassador from Israel on Monday and Turkey did the same on Wednesday.", []string{"recall_ambassador JOR→ISR 2018-03-26", "recall_ambassador TUR→ISR 2018-03-28"}},
		{"scene-setting clause", "Peru recalled its ambassador from Mexico on Monday. After Mexico gave asylum to the former minister's family at its embassy in Lima, Foreign Minister Ana Gervasi declared the Mexican ambassador persona non grata on Tuesday.", []string{"recall_ambassador PER→MEX 2018-03-26", "expel_ambassador PER→MEX 2018-03-27"}},
		{"a decade later", "Managua cut relations with Israel in 1982, and the two governments re-established them a decade later.", []string{"break_relations NIC→ISR 1982", "restore_relations NIC→ISR 1992", "restore_relations ISR→NIC 1992"}},
		{"news date from the next sentence", "Bulgaria has told Russia to withdraw 70 diplomats by Sunday. Prime Minister Kiril Petkov announced the decision on Tuesday.", []string{"expel BGR→RUS 70 2018-03-27"}},
		{"the following day", "On Monday Canada expelled a senior Indian diplomat; India expelled a senior Canadian diplomat the following day.", []string{"expel CAN→IND 1 2018-03-26", "expel IND→CAN 1 2018-03-27"}},
		{"not until", "Morocco cut relations in 1976 after Algeria recognised the Sahrawi Arab Democratic Republic, and the two countries did not restore them until 1988.", []string{"break_relations MAR→DZA 1976", "restore_relations MAR→DZA 1988", "restore_relations DZA→MAR 1988"}},
		{"said that they would", "The Netherlands and Turkey said on Friday that they would normalise diplomatic relations.", []string{"restore_relations NLD→TUR 2018-03-30", "restore_relations TUR→NLD 2018-03-30"}},
		{"not expelled", "Moscow has not expelled any Japanese diplomats.", nil},
		{"ordered out the ambassador", "Quito ordered out the American ambassador on Tuesday.", []string{"expel_ambassador ECU→USA 2018-03-27"}},
		{"group with its head told to leave", "Ottawa told six Indian diplomats, including High Commissioner Sanjay Verma, to leave on Monday.", []string{"expel CAN→IND 6 2018-03-26"}},
		{"ambassador must leave", "Bahrain said on Friday that Lebanon's ambassador must leave within 48 hours.", []string{"expel_ambassador BHR→LBN 2018-03-30"}},
		{"ordered departure of its staff", "The United States on Saturday ordered the departure of most of its staff from its embassy in Kyiv.", []string{"withdraw_staff USA→UKR 2018-03-24 Kyiv"}},
		{"non-emergency staff told to leave", "The United States drew down its embassy in Baghdad on Wednesday, ordering all non-emergency staff to leave.", []string{"withdraw_staff USA→IRQ 2018-03-28 Baghdad"}},
		{"its staff is the closed post's", "Doha replied on Monday by closing Chad's embassy and giving its diplomats 72 hours to go.", []string{"close_mission QAT→TCD 1 2018-03-26", "expel QAT→TCD 2018-03-26"}},
		{"flown out", "American diplomats were airlifted out of Khartoum on Sunday.", []string{"withdraw_staff USA→SDN 2018-03-25 Khartoum"}},
		{"moved staff", "Britain, Germany and Canada moved their staff from Kyiv to Lviv on Sunday.", []string{"withdraw_staff GBR→UKR 2018-03-25 Kyiv", "withdraw_staff DEU→UKR 2018-03-25 Kyiv", "withdraw_staff CAN→UKR 2018-03-25 Kyiv"}},
		{"embassy employs", "The Russian embassy in Prague employs about 140 people.", []string{"staff_level RUS→CZE ~140 2018-03-30"}},
		{"a staff of", "The British embassy in Moscow has a staff of about 100.", []string{"staff_level GBR→RUS ~100 2018-03-30"}},
		{"work at the embassy", "About 30 Dutch diplomats work at the embassy in Moscow.", []string{"staff_level NLD→RUS ~30 2018-03-30"}},
		{"left with", "Norway's embassy in Moscow will be left with 20 employees.", []string{"staff_level NOR→RUS 20 2018-03-30"}},
		{"outposts are no staff", "Russia will be left with two diplomatic outposts in Germany.", nil},
		{"the expulsions point back", "Germany's embassy in Moscow has about 100 staff after the expulsions.", []string{"staff_level DEU→RUS ~100 2018-03-30"}},
		{"bullet head and heading days", "Saudi Arabia cut relations with Qatar on Monday.\n\nTUESDAY\n\n- Mauritania. The Arab League member cut diplomatic relations with Qatar.\n\nWEDNESDAY\n\n- Senegal. Dakar recalled its ambassador in Doha for consultations, citing its solidarity with Saudi Arabia.", []string{"break_relations SAU→QAT 2018-03-26", "break_relations MRT→QAT 2018-03-27", "recall_ambassador SEN→QAT 2018-03-28"}},
		{"reducing the level", "Amman said on Tuesday it was reducing the level of its diplomatic representation in Qatar.", []string{"downgrade_relations JOR→QAT 2018-03-27"}},
		{"the story goes on in a past year", "Iranian MPs debated the ties with Britain on November 27, 2011.\n\nThe foreign secretary said on November 30 that Britain had closed the Iranian embassy in London.", []string{"close_mission GBR→IRN 2011-11-30 London"}},
		{"a recent day stays in the news", "The rupture came on January 3, 2016.\n\nTalks opened in Beijing on March 6 between Saudi Arabia and Iran.", []string{"talks IRN→SAU 2018-03-06 Beijing"}},
		{"country headings over bullets", "Western embassies left Kyiv at the weekend.\n\nCANADA\n- Saturday: Foreign Minister Melanie Joly announced that work at the embassy in Kyiv had been suspended.\n\nAUSTRALIA\n- Sunday: the staff of the embassy were moved from Kyiv to Lviv.", []string{"withdraw_staff CAN→UKR 2018-03-24 Kyiv", "withdraw_staff AUS→UKR 2018-03-25 Kyiv"}},
		{"a host only thanked", "Sudan's army and the RSF fought on. Britain evacuated its diplomats from Khartoum on Sunday. Prime Minister Rishi Sunak said the evacuation of British diplomats had been completed and thanked Djibouti for its help.", []string{"withdraw_staff GBR→SDN 2018-03-25 Khartoum"}},
		{"ordered home, passive", "Japan recalled its ambassador from Seoul on Friday. Japan's consul general in Busan, Yasuhiro Morimoto, was also ordered home.", []string{"recall_ambassador JPN→KOR 2018-03-30", "withdraw_staff JPN→KOR 1 2018-03-30 Busan"}},
		{"got diplomats out", "On Sunday British troops got Britain's diplomats and their families out of Sudan.", []string{"withdraw_staff GBR→SDN 2018-03-25"}},
		{"citizens told to get out", "The U.S. embassy in Moscow told American citizens on Tuesday to get out of Russia.", nil},
		{"that same evening, counted people", "Ottawa expelled six Indian diplomats on Monday. That same evening India ordered six Canadians out.", []string{"expel CAN→IND 6 2018-03-26", "expel IND→CAN 6 2018-03-26"}},
		{"have to go", "Estonia said on Wednesday that 21 Russian embassy staff have to go.", []string{"expel EST→RUS 21 2018-03-28"}},
		{"condition after the act", "Pompeo told Iraq's leaders on Sunday that the United States will close its embassy in Baghdad unless the attacks stop.", nil},
		{"joint withdrawal out of", "Saudi Arabia and the United Arab Emirates pulled their diplomats out of Yemen on Friday.", []string{"withdraw_staff SAU→YEM 2018-03-30", "withdraw_staff ARE→YEM 2018-03-30"}},
		{"ordered to leave the state", "In June two employees of Iran's embassy were ordered to leave the Netherlands.", []string{"expel NLD→IRN 2 2017-06"}},
		{"one attaché", "Russia on Thursday expelled Britain's defence attaché.", []string{"expel RUS→GBR 1 2018-03-29"}},
		{"left the capital earlier", "Morocco's ambassador to Iran, Hassan Hami, had left Tehran earlier in the day.", []string{"ambassador_departed MAR→IRN 2018-03-30"}},
		{"left a building", "The ministry acted shortly after Britain's ambassador, Laurie Bristow, left its Moscow headquarters.", nil},
		{"label names the state hit", "Russia answered the expulsions on Tuesday.\n\n- The Netherlands: 15 Dutch diplomats were declared personae non gratae and given two weeks to leave.", []string{"expel RUS→NLD 15 2018-03-27"}},
		{"tit for tat in one sentence", "China ordered a Canadian consular officer out on Tuesday, a day after Canada declared a Chinese diplomat persona non grata.", []string{"expel CHN→CAN 1 2018-03-27", "expel CAN→CHN 1 2018-03-26"}},
		{"staff of the label's embassy", "Russia answered the expulsions on Thursday.\n\n- Denmark: seven staff of the Danish embassy were given two weeks to leave.", []string{"expel RUS→DNK 7 2018-03-29"}},
		{"across the union is a place", "A wave of expulsions of Russian diplomats went across the European Union in early April.", []string{"expel ?→RUS 2017-04"}},
		{"round-up of answers to one state", "Russia answered the European expulsions on Thursday, expelling 15 Dutch diplomats.\n\n- Austria: four Austrian diplomats were given a week to leave. Vienna had expelled four Russians in March.\n- Belgium: a dozen Belgian diplomats were told to leave. Brussels had expelled 21 Russian diplomats in March.\n- Denmark: seven staff of the Danish embassy were given two weeks to leave.", []string{"expel RUS→NLD 15 2018-03-29", "expel RUS→AUT 4 2018-03-29", "expel AUT→RUS 4 2018-03", "expel RUS→BEL 12 2018-03-29", "expel BEL→RUS 21 2018-03", "expel RUS→DNK 7 2018-03-29"}},
		{"ambassadors in two capitals called home", "Algiers replied on Monday. Its foreign ministry announced that Algeria's ambassadors in Bamako and Niamey were being called home.", []string{"recall_ambassador DZA→MLI 2018-03-26", "recall_ambassador DZA→NER 2018-03-26"}},
		{"a bloc is no alliance", "On Sunday Mali, Burkina Faso and Niger, which together form the Alliance of Sahel States, said they were recalling their ambassadors from Algiers.", []string{"recall_ambassador MLI→DZA 2018-03-25", "recall_ambassador BFA→DZA 2018-03-25", "recall_ambassador NER→DZA 2018-03-25"}},
		{"a leader named in a phrase sets no term", "Angered by remarks from Erdogan in support of Mohamed Morsi, Cairo declared the Turkish ambassador persona non grata.", []string{"expel_ambassador EGY→TUR 2018-03-30"}},
		{"an arms deal is no diplomatic agreement", "The quarrel hung over a multibillion-dollar arms deal that Ottawa had signed with Riyadh in 2014.", nil},
		{"agreement about embassies", "Senior American and Russian officials agreed on Tuesday to set up teams to get their countries' embassies working normally again.", []string{"agreement USA→RUS 2018-03-27"}},
		{"an option for example", "The administration has not said how it will respond, for example by reducing the number of Russian diplomats in the United States.", nil},
		{"a place of another phrase is not closed", "In May Poland closed the Russian consulate in Krakow, blaming Russian services for the fire that destroyed a shopping centre in Warsaw.", []string{"close_mission POL→RUS 2017-05 Krakow"}},
		{"the embassy told is not closed", "China's foreign ministry said on Friday it had informed the American embassy in Beijing that it was withdrawing its consent for the Chengdu consulate.", []string{"close_mission CHN→USA 2018-03-30 Chengdu"}},
		{"a demonym's decision", "Germany noted the American decision on Wednesday to withdraw part of its embassy personnel from Iraq.", []string{"withdraw_staff USA→IRQ 2018-03-28"}},
		{"tension between capitals is no place", "The State Department on Wednesday ordered its non-emergency staff to leave the embassy in Baghdad, as tension between Washington and Tehran rose.", []string{"withdraw_staff USA→IRQ 2018-03-28 Baghdad"}},
		{"sent no one home", "Austria was among the minority of EU members that sent no Russians home over the poisoning.", nil},
		{"passive opens with the people", "A Russian diplomat accused of spying with the help of an Austrian employee was told on Monday to leave Austria.", []string{"expel AUT→RUS 1 2018-03-26"}},
		{"staff ordered to leave the host", "The State Department on Thursday ordered its non-emergency employees to leave Venezuela, a day after Maduro told American diplomats they had 72 hours to get out of the country.", []string{"withdraw_staff USA→VEN 2018-03-29", "expel VEN→USA 2018-03-28"}},
		{"the host of a statement is no party", "On Friday, in a joint statement with China, Saudi Arabia and Iran announced that they would resume diplomatic relations.", []string{"restore_relations SAU→IRN 2018-03-30", "restore_relations IRN→SAU 2018-03-30"}},
		{"the owner reopens its post", "The Saudi embassy in Tehran resumed its work on Sunday.", []string{"reopen_mission SAU→IRN 2018-03-25 Tehran"}},
		{"officials stationed", "Roughly one in five of the 550 Soviet officials stationed in Britain is affected.", []string{"staff_level RUS→GBR 550 2018-03-30"}},
		{"were still posted, past", "The Hague acted on February 18, 2023. Before the announcement, 58 Russian diplomats were still posted in the Netherlands.", []string{"staff_level RUS→NLD 58 2023-02-18"}},
		{"own people of the subject's state", "Britain pulled some of its diplomatic staff out of China on Saturday. On January 23 the State Department ordered all non-emergency US personnel and their families to leave its consulate general there.", []string{"withdraw_staff GBR→CHN 2018-03-24", "withdraw_staff USA→CHN 2018-01-23"}},
		{"his embassy closed", "In Caracas, Chavez on Sunday ordered his embassy in Bogota closed and its staff brought back.", []string{"withdraw_staff VEN→COL 2018-03-25 Bogota"}},
		{"envoy named, declared, told to come home", "Interim President Jeanine Anez announced on Monday that Mexico's ambassador, Maria Teresa Mercado, had been declared persona non grata. Mexico's foreign ministry said it had instructed Mercado to come home.", []string{"expel_ambassador BOL→MEX 2018-03-26", "recall_ambassador MEX→BOL 2018-03-26"}},
		{"announcement that it would", "The departure follows Macron's announcement on Sunday that France would bring its ambassador home from Niger.", []string{"recall_ambassador FRA→NER 2018-03-25"}},
		{"head of mission", "Slovakia's foreign minister said on Thursday that he was calling the head of mission in Minsk home.", []string{"recall_ambassador SVK→BLR 2018-03-29"}},
		{"deputy head of mission", "Moscow on Monday expelled the deputy head of mission of the British embassy.", []string{"expel RUS→GBR 2018-03-26"}},
		{"its office is the other state's", "On Thursday Moscow retaliated by ordering Estonia's consulate general in St Petersburg and its office in Pskov to close.", []string{"close_mission RUS→EST 2018-03-29 St Petersburg", "close_mission RUS→EST 2018-03-29 Pskov"}},
		{"the following month", "In December 2017 the Netherlands expelled two Russian diplomats. Moscow answered the following month by expelling two Dutch diplomats.", []string{"expel NLD→RUS 2 2017-12", "expel RUS→NLD 2 2018-01"}},
		{"that September", "In 1971 Britain faced a defection. That September Edward Heath's government ordered 105 Soviet officials out of Britain.", []string{"expel GBR→RUS 105 1971-09"}},
		{"the first secretary is one", "On August 13 Estonia declared the first secretary of the Russian embassy in Tallinn persona non grata.", []string{"expel EST→RUS 1 2017-08-13"}},
		{"named diplomats", "The Reagan administration on Wednesday ordered 25 named diplomats of the Soviet mission to leave.", []string{"expel USA→RUS 25 2018-03-28"}},
		{"a name inside a relative clause", "- Bahrain: the island kingdom, which has long accused Tehran of stirring unrest, cut ties with Iran on Monday.", []string{"break_relations BHR→IRN 2018-03-26"}},
		{"a new clause after a place", "In April 2021 Warsaw told three Russian embassy employees to leave, saying it acted in solidarity with sanctions on Moscow, and Russia answered by ordering five Polish diplomats out.", []string{"expel POL→RUS 3 2021-04", "expel RUS→POL 5 2021-04"}},
		{"people working for the embassy", "Forty-five people working for Russia's embassy in Poland were declared persona non grata by Warsaw on Wednesday.", []string{"expel POL→RUS 45 2018-03-28"}},
		{"chiefs of mission in three capitals", "The State Department said on Friday that it had recalled its chiefs of mission in the Dominican Republic, El Salvador and Panama for consultations.", []string{"recall_ambassador USA→DOM 2018-03-30", "recall_ambassador USA→SLV 2018-03-30", "recall_ambassador USA→PAN 2018-03-30"}},
		{"welcomed the expulsion", "Kuwait expelled the Philippine ambassador on Wednesday. In Kuwait City, some members of parliament welcomed the expulsion.", []string{"expel_ambassador KWT→PHL 2018-03-28"}},
		{"embassy evacuated, passive", "The German embassy in Kabul was evacuated on Sunday.", []string{"withdraw_staff DEU→AFG 2018-03-25 Kabul"}},
		{"called back its diplomats", "Britain called back its diplomats from Kyiv on Monday.", []string{"withdraw_staff GBR→UKR 2018-03-26 Kyiv"}},
		{"status withdrawn from properties", "Diplomatic premises status was also being withdrawn from several Russian-owned properties on Wednesday.", nil},
		{"staff numbers", "Russia's diplomatic staff in Austria numbers about 200.", []string{"staff_level RUS→AUT ~200 2018-03-30"}},
		{"staff work at the embassy", "Some 120 staff work at the US embassy in Moscow.", []string{"staff_level USA→RUS ~120 2018-03-30"}},
		{"of the whole, a part must leave", "Of the 58 Russian diplomats accredited in the Netherlands, 15 must leave.", []string{"expel NLD→RUS 15 2018-03-30", "staff_level RUS→NLD 58 2018-03-30"}},
		{"four of the five", "Germany on Wednesday withdrew its permission for four of the five Russian consulates general in the country.", []string{"close_mission DEU→RUS 4 2018-03-28"}},
		{"a student visa is no accreditation", "Fiji ordered the envoy out on Tuesday, days after Wellington refused a student visa to the son of a senior official.", []string{"expel_ambassador FJI→NZL 2018-03-27"}},
		{"visas refused to diplomats", "Russia was refusing on Friday to issue visas to Dutch diplomats posted to Moscow.", []string{"deny_accreditation RUS→NLD 2018-03-30"}},
		{"a reduced staff describes", "For now the Russian embassy in Tbilisi is running on a reduced staff.", nil},
		{"limited to 25 caps", "On Monday the Russian embassy was limited by Prague to 25 diplomats.", []string{"staff_cap CZE→RUS 25 2018-03-26"}},
		{"a relative clause ends at its comma", "Italy recalled its ambassador from Syria on February 7. France, which had recalled its ambassador the same day, went further on March 2 at an EU summit in Brussels.", []string{"recall_ambassador ITA→SYR 2018-02-07", "recall_ambassador FRA→SYR 2018-02-07"}},
		{"a list of whose diplomats", "By the end of Friday Moscow had declared 59 of their diplomats personae non gratae.\n\n- Ukraine: 13 diplomats.\n- Germany, France and Poland: four each.", []string{"expel RUS 59 2018-03-30", "expel RUS→UKR 13 2018-03-30", "expel RUS→DEU 4 2018-03-30", "expel RUS→FRA 4 2018-03-30", "expel RUS→POL 4 2018-03-30"}},
		{"a move's destination is no host", "Japan said on Tuesday it would close its embassy in Khartoum and move staff to Djibouti.", []string{"withdraw_staff JPN→SDN 2018-03-27 Khartoum"}},
		{"the same day", "Israel told Turkey's consul general to leave on Monday. Turkey answered the same day by recalling its ambassador from Israel.", []string{"expel ISR→TUR 1 2018-03-26", "recall_ambassador TUR→ISR 2018-03-26"}},
		{"relative to another event", "- May 15, 2018: a day after troops killed 60 protesters, Turkey recalled its ambassador from Israel.", []string{"recall_ambassador TUR→ISR 2018-05-15"}},
		{"one person before a passive", "A senior Canadian diplomat was being expelled by India on Tuesday.", []string{"expel IND→CAN 1 2018-03-27"}},
		{"possessive object of a verb", "Saudi Arabia declared Canada's ambassador persona non grata on Monday and said it was calling its own ambassador home from Ottawa.", []string{"expel_ambassador SAU→CAN 2018-03-26", "recall_ambassador SAU→CAN 2018-03-26"}},
		{"a week to go", "On March 14 Prime Minister Theresa May gave 23 Russian diplomats a week to go.", []string{"expel GBR→RUS 23 2018-03-14"}},
		{"that year", "The 2018 attack in Salisbury, after which Britain expelled 23 Russian diplomats in March of that year, still weighs on ties.", []string{"expel GBR→RUS 23 2018-03"}},
		{"the following year", "Nauru cut ties with Taipei in 2002 and restored relations with Taiwan the following year.", []string{"break_relations NRU→TWN 2002", "restore_relations NRU→TWN 2003", "restore_relations TWN→NRU 2003"}},
		{"announced decision", "On Wednesday Prime Minister Theresa May told parliament that 23 Russian diplomats, identified as undeclared intelligence officers, would be expelled.", []string{"expel GBR→RUS 23 2018-03-28"}},
		{"the one told is no actor", "In July Russia told Warsaw it would close the Polish consulate general in Kaliningrad.", []string{"close_mission RUS→POL 2017-07 Kaliningrad"}},
		{"conditional would", "Moscow said it would expel 20 British diplomats if London went ahead.", nil},
		{"the day before, the previous day", "Iran expelled two Syrian diplomats on Monday.\n\nThe day before, Syria had expelled two Iranian diplomats.", []string{"expel IRN→SYR 2 2018-03-26", "expel SYR→IRN 2 2018-03-25"}},
		{"the previous day", "Iran expelled two Syrian diplomats on Monday. Iraq had recalled its envoy from Damascus the previous day.", []string{"expel IRN→SYR 2 2018-03-26", "recall_ambassador IRQ→SYR 2018-03-25"}},
		{"the day before an event it names is no date", "Iran expelled two Syrian diplomats on Monday.\n\nSyria expelled two Iranian diplomats the day before the vote.", []string{"expel IRN→SYR 2 2018-03-26", "expel SYR→IRN 2 2018-03-26"}},
		{"sending the families of staff home withdraws them", "On Friday Tehran said it was sending the families of its embassy staff in Damascus home.", []string{"withdraw_staff IRN→SYR 2018-03-30"}},
		{"paragraph year", "On January 2, 2016, Riyadh executed a cleric. The next day, January 3, Saudi Arabia broke off relations with Iran.\n\nOn March 10 Saudi Arabia and Iran restored diplomatic relations.", []string{"break_relations SAU→IRN 2016-01-03", "restore_relations SAU→IRN 2018-03-10", "restore_relations IRN→SAU 2018-03-10"}},
		{"day of that year", "The crisis of 2016 began on January 2 of that year, and on January 3 Saudi Arabia broke off relations with Iran.", []string{"break_relations SAU→IRN 2016-01-03"}},
		{"since sets no year", "Anatoly Antonov, Russia's ambassador since 2016, left Washington on October 5.", []string{"ambassador_departed RUS→USA 2017-10-05"}},
		{"scene-setting date", "The pattern was set in September 2017. After Trudeau spoke of a citizen shot in Surrey that June, Canada expelled an Indian diplomat. India replied within a day by expelling a Canadian diplomat.", []string{"expel CAN→IND 1 2017-09", "expel IND→CAN 1 2017-09"}},
		{"hours to leave after a long object", "On Monday the Algerian authorities gave 12 officials at the French embassy in Algiers, agents attached to France's interior ministry, 48 hours to leave.", []string{"expel DZA→FRA 12 2018-03-26"}},
		{"count at the start of the clause", "The ministry told him that 15 French agents had been posted to diplomatic or consular jobs under irregular conditions and must leave at once.", []string{"expel ?→FRA 15 2018-03-30"}},
		{"group named by a list", "Venezuela on Monday ordered three Latin American countries to withdraw their diplomats, and said it was bringing its own staff home from all three, after their governments rejected Sunday's vote.\n\nThe countries are:\n\n- Argentina\n- Chile\n- Peru", []string{"expel VEN→ARG 2018-03-26", "expel VEN→CHL 2018-03-26", "expel VEN→PER 2018-03-26", "withdraw_staff VEN→ARG 2018-03-26", "withdraw_staff VEN→CHL 2018-03-26", "withdraw_staff VEN→PER 2018-03-26"}},
		{"group named in a sentence", "Venezuela on Monday ordered two countries to withdraw their diplomats. They are Chile and Peru.", []string{"expel VEN→CHL 2018-03-26", "expel VEN→PER 2018-03-26"}},
		{"group without its list", "Venezuela on Monday ordered seven countries to withdraw their diplomats.", []string{"expel VEN 2018-03-26"}},
		{"give up a post", "On Thursday the administration ordered Russia to give up the San Francisco consulate, along with a chancery annex in Washington and a consular annex in New York.", []string{"close_mission ?→RUS 1 2018-03-29 San Francisco", "close_mission ?→RUS 1 2018-03-29 Washington", "close_mission ?→RUS 1 2018-03-29 New York"}},
		{"took away property", "Moscow took away the US embassy's use of a country dacha in Serebryany Bor on Friday.", []string{"seize_property RUS→USA 2018-03-30 Serebryany Bor"}},
		{"barred from employing citizens", "In October 1986 the Soviet authorities answered by barring the American missions from employing Soviet citizens.", []string{"local_staff_ban RUS→USA 1986-10"}},
		{"shed staff", "In July the Kremlin told the American mission in Russia to shed 755 employees.", []string{"staff_cap RUS→USA 755 2017-07"}},
		{"one event told twice", "Russia expelled ten American diplomats on Thursday. The ten Americans were told on Wednesday by Russia that they must leave.", []string{"expel RUS→USA 10 2018-03-29"}},
		{"the act a phrase counts from", "Russia protested on Saturday, a day after Iceland said it would suspend its embassy in Moscow and asked the Russians to trim their presence in Reykjavik.", []string{"withdraw_staff ISL→RUS 2018-03-23 Moscow", "staff_cap ISL→RUS 2018-03-23"}},
		{"asked to withdraw its ambassador", "In December Ouagadougou asked Paris to withdraw its ambassador, Luc Hallade.", []string{"expel_ambassador BFA→FRA 2017-12"}},
		{"it is the last subject", "Poland expelled ten Russian diplomats on Tuesday. The Hague has long been wary of Russian spies. In March 2016 it expelled two Russian diplomats in solidarity with Britain.", []string{"expel POL→RUS 10 2018-03-27", "expel NLD→RUS 2 2016-03"}},
		{"capital speaking is no place", "The United States ordered China to close its consulate in Houston on Tuesday, a step that Beijing denounced.", []string{"close_mission USA→CHN 2018-03-27 Houston"}},
		{"an envoy named by surname", "France's ambassador to Burkina Faso, Luc Hallade, was criticised in December. On Monday France recalled Hallade. On Tuesday India said it was withdrawing Verma.", []string{"recall_ambassador FRA→BFA 2018-03-26"}},
		{"a surname after its title", "Canada expelled six Indian diplomats, High Commissioner Sanjay Kumar Verma among them, on Monday. India said on Monday it was bringing Verma home, then expelled six Canadians, among them the acting high commissioner.", []string{"expel CAN→IND 6 2018-03-26", "recall_ambassador IND→CAN 2018-03-26", "expel IND→CAN 6 2018-03-26"}},
		{"an envoy given hours to go", "France's ambassador to Niger, Sylvain Itte, stayed on. On Friday the junta gave Itte 48 hours to leave Niger.", []string{"expel_ambassador NER→FRA 2018-03-30"}},
		{"ended its ties", "- May 1, 2018: the Dominican Republic ended its ties with Taiwan.", []string{"break_relations DOM→TWN 2018-05-01"}},
		{"broke them", "Colombia broke off relations with Israel on Wednesday. It joins Bolivia, which cut ties with Israel in 2023, and Venezuela, which broke them in 2009.", []string{"break_relations COL→ISR 2018-03-28", "break_relations BOL→ISR 2023", "break_relations VEN→ISR 2009"}},
		{"said his government would", "On Wednesday Colombia's president said his government would break diplomatic relations with Israel.", []string{"break_relations COL→ISR 2018-03-28"}},
		{"the previous March", "- Monday, February 5: Saying the two sides had been unable to agree on how normalisation should take place, Foreign Minister Halbe Zijlstra announced that the Dutch government had formally withdrawn its ambassador to Turkey, who had not set foot in the country since the previous March.", []string{"recall_ambassador NLD→TUR 2018-02-05"}},
		{"its envoy, a hyphenated name", "Germany went out of its way to defend its envoy, Jan-Christian Gordon Kricke. On Friday Chad's government declared Kricke persona non grata and gave him two days to go.", []string{"expel_ambassador TCD→DEU 2018-03-30"}},
		{"an envoy flew out", "Bolivia's president declared the U.S. ambassador, Philip Goldberg, persona non grata on Wednesday. Goldberg flew out of Bolivia on Sunday, heading first to Peru.", []string{"expel_ambassador BOL→USA 2018-03-28", "ambassador_departed USA→BOL 2018-03-25"}},
		{"verbs share a subject", "Paraguay's president severed relations with Venezuela in January, shut Paraguay's embassy in Caracas and brought its diplomats home.", []string{"break_relations PRY→VEN 2018-01", "withdraw_staff PRY→VEN 2018-01 Caracas"}},
		{"had hours to leave", "- Saudi Arabia: the foreign minister announced on Sunday that the kingdom was severing relations with Iran and that every member of the Iranian diplomatic mission had 48 hours to leave.", []string{"break_relations SAU→IRN 2018-03-25", "expel SAU→IRN 2018-03-25"}},
		{"ordered its diplomats home", "Venezuela broke off diplomatic relations with Paraguay on Monday and ordered its diplomats in Asuncion home at once.", []string{"break_relations VEN→PRY 2018-03-26", "withdraw_staff VEN→PRY 2018-03-26"}},
		{"a date that opens another subject's clause", "Militants attacked a convoy on Monday. New Delhi called its ambassador in Islamabad home, and three days later Pakistan recalled its own envoy.", []string{"recall_ambassador IND→PAK 2018-03-26", "recall_ambassador PAK→IND 2018-03-29"}},
		{"a subordinate list", "N'Djamena distanced itself from Doha in June, days after Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut their own ties with Qatar, by calling its ambassador home for consultations.", []string{"break_relations SAU→QAT 2017-06", "break_relations ARE→QAT 2017-06", "break_relations BHR→QAT 2017-06", "break_relations EGY→QAT 2017-06", "recall_ambassador TCD→QAT 2017-06"}},
		{"the recalled people's state", "Israel protested on Monday. The cabinet had decided on Tuesday to bring all South African diplomats in Tel Aviv home.", []string{"withdraw_staff ZAF→ISR 2018-03-27"}},
		{"passive recall names its staff", "On Tuesday Somali diplomats in Kenya were recalled, and Kenyan diplomats were given seven days to leave Somalia.", []string{"withdraw_staff SOM→KEN 2018-03-27", "expel SOM→KEN 2018-03-27"}},
		{"a government named after the act speaks", "The American consulate general in Chengdu must close, China's foreign ministry said on Friday.", []string{"close_mission CHN→USA 2018-03-30 Chengdu"}},
		{"a post abroad is the actor's own", "Italy closed the embassy in Khartoum on Monday.", []string{"withdraw_staff ITA→SDN 2018-03-26 Khartoum"}},
		{"a post at home is another's", "Poland closed the consulate in Poznan on Tuesday.", []string{"close_mission POL 2018-03-27 Poznan"}},
		{"an own post will close", "North Korea said on Monday that the embassy in Nepal will close.", []string{"withdraw_staff PRK→NPL 2018-03-26"}},
		{"a heading's state over the paragraph after it", "Missions emptied.\n\nJAPAN\n\nThe embassy in Khartoum was temporarily closed on Monday.\n\nITALY\n\nThe ambassador and his staff were flown out on Tuesday aboard an Italian Air Force flight to Djibouti.", []string{"withdraw_staff JPN→SDN 2018-03-26 Khartoum", "withdraw_staff ITA→SDN 2018-03-27"}},
		{"people who left", "The last French diplomats left Kabul on Friday. Britain followed on March 29. Its diplomats left Syria that day.", []string{"withdraw_staff FRA→AFG 2018-03-30 Kabul", "withdraw_staff GBR→SYR 2018-03-29"}},
		{"people told before, people who remain", "Moscow expelled 23 British diplomats on Monday. The diplomats left Moscow on Friday. The embassy now has 40 employees left.", []string{"expel RUS→GBR 23 2018-03-26", "staff_level GBR→RUS 40 2018-03-30"}},
		{"a head-count of the mission the story is about", "Prague expelled 18 Russian diplomats on Monday. The embassy now has 94 people, 27 of them diplomats. Four other people work at the consulate.", []string{"expel CZE→RUS 18 2018-03-26", "staff_level RUS→CZE 94 2018-03-30"}},
		{"a mission of one side in the other's land", "India pulled its advisers out of Islamabad on Monday. The Pakistani High Commission, which has 55 staff, is to be cut to 30 by May 1.", []string{"withdraw_staff IND→PAK 2018-03-26 Islamabad", "staff_cap IND→PAK 30 2018-03-26", "staff_level PAK→IND 55 2018-03-30"}},
		{"the mission's owner, not the subject, sends its staff", "India pulled its advisers out of Islamabad on Monday. On Tuesday India cut the Pakistani mission from 55 members to 30.", []string{"withdraw_staff IND→PAK 2018-03-26 Islamabad", "staff_cap IND→PAK 30 2018-03-27", "staff_level PAK→IND 55 2018-03-27"}},
		{"a day still to come dates the effect, not the act", "Iceland will stop running its embassy in Moscow from April 20, the foreign ministry said on Friday.", []string{"withdraw_staff ISL→RUS 2018-03-30 Moscow"}},
		{"citizens told to leave", "On Thursday the embassy told Americans to leave. Britain ordered British nationals out of Libya.", nil},
		{"an order to leave that names two groups", "The State Department on Thursday ordered non-emergency U.S. government employees and the family members of all its staff to leave Haiti.", []string{"withdraw_staff USA→HTI 2018-03-29"}},
		{"own people told to leave, named before the trigger", "The United States on Tuesday told non-emergency government employees at its embassy in Yangon, and their family members, that they must leave Myanmar.", []string{"withdraw_staff USA→MMR 2018-03-27"}},
		{"own nationals' households sent home", "On Saturday the State Department ordered the families of American staff at the embassy in Beirut to leave.", []string{"withdraw_staff USA→LBN 2018-03-24 Beirut"}},
		{"an authorised departure", "The State Department has cleared non-emergency American employees of its consulate-general in Almaty, and the family members of everyone working there, to leave Kazakhstan.", []string{"withdraw_staff USA→KAZ 2018-03-30 Almaty"}},
		{"'the mission' is the post the story is about", "Turkey reopened its embassy in Damascus on Monday.\n\n- Qatar had shut the mission in 2011.\n- Germany: the mission, closed since 2012, is starting with a small team; visas are still handled from Beirut.", []string{"reopen_mission TUR→SYR 2018-03-26 Damascus", "withdraw_staff QAT→SYR 2011", "withdraw_staff DEU→SYR 2012"}},
		{"a host list that runs into the list of those who act", "In February, after the Houthis took over the state in Sanaa, Saudi Arabia, the United Arab Emirates and Kuwait all evacuated their staff.", []string{"withdraw_staff SAU→YEM 2018-02", "withdraw_staff ARE→YEM 2018-02", "withdraw_staff KWT→YEM 2018-02"}},
		{"a head-count of the other side's mission", "Prague expelled 18 Russian diplomats on Monday. The embassy in Moscow is now down to two dozen people.", []string{"expel CZE→RUS 18 2018-03-26", "staff_level CZE→RUS 24 2018-03-30"}},
		{"talks told by their venue are between the story's parties", "The envoys charged with normalising relations between Armenia and Turkey met on Tuesday. Armenia's envoy and Turkey's envoy spoke for hours.\n\n- January 14: The envoys meet for the first time, in Moscow.\n- February 24: Second meeting, in Vienna.", []string{"talks TUR→ARM 2018-01-14 Moscow", "talks TUR→ARM 2018-02-24 Vienna"}},
		{"each post has its owner and its host", "On Monday the two foreign ministries said the Emirati embassy in Doha had resumed its work, as had Qatar's embassy in Abu Dhabi and its consulate general in Dubai.", []string{"reopen_mission ARE→QAT 1 2018-03-26 Doha", "reopen_mission QAT→ARE 1 2018-03-26 Abu Dhabi", "reopen_mission QAT→ARE 1 2018-03-26 Dubai"}},
		{"another's post is not the actor's to leave", "On Monday Britain evacuated its staff and closed its embassy in Tehran, and ordered Iran's embassy in London shut.", []string{"withdraw_staff GBR→IRN 2018-03-26 Tehran", "close_mission GBR→IRN 2018-03-26 London"}},
		{"relations restored in the passive are the story's pair's", "The United States broke off relations with Cuba in 1961.\n\nThe embassy has been working since March 20, when relations were formally restored.", []string{"break_relations USA→CUB 1961", "restore_relations USA→CUB 2018-03-20", "restore_relations CUB→USA 2018-03-20"}},
		{"a relative clause's state acts in it; days from a month stay in it", "In September 2008 Venezuela expelled the US ambassador, acting in solidarity with Bolivia, which had expelled its own US envoy a day earlier.", []string{"expel_ambassador VEN→USA 2008-09", "expel_ambassador BOL→USA 2008-09"}},
		{"a number, 'more', and a people", "On Wednesday Moscow ordered six more Britons out, including a Reuters correspondent.", []string{"expel RUS→GBR 6 2018-03-28"}},
		{"an envoy over an apposition and a relative clause", "Jordan recalled its ambassador on Wednesday and told Israel that its ambassador, Rogel Rachman, who was out of the country, should not come back. Bahrain said Lebanon's ambassador to the island kingdom must leave within 48 hours. Pakistan told Iran that its ambassador should not return to his post.", []string{"recall_ambassador JOR→ISR 2018-03-28", "expel_ambassador JOR→ISR 2018-03-28", "expel_ambassador BHR→LBN 2018-03-28", "expel_ambassador PAK→IRN 2018-03-28"}},
		{"citizens told to leave, by name", "The embassy told U.S. citizens to leave while flights were running.", nil},
		{"staff leaving posts named one by one", "Russia finished getting its diplomats out of Ukraine overnight, a spokeswoman said on Thursday.\n\nThe staff began leaving the embassy in Kyiv and the consulates-general in Kharkiv and Odesa on Wednesday.", []string{"withdraw_staff RUS→UKR 2018-03-28 Kyiv", "withdraw_staff RUS→UKR 2018-03-28 Kharkiv", "withdraw_staff RUS→UKR 2018-03-28 Odesa"}},
		{"'leaving' that means 'making'", "The Kremlin barred the US Embassy in Moscow from employing local staff on Monday, leaving American diplomats to clean the floors.", []string{"local_staff_ban RUS→USA 2018-03-26"}},
		{"a move only if needed", "Washington is sending troops to Djibouti so that it can, if needed, get its embassy staff out of Khartoum.", nil},
		{"a total over the parts told before it", "When the government in Prague took stock on March 22, the Russian embassy had 27 diplomats and 67 technical staff, 94 people in all, while the Czech embassy in Moscow was down to 24 people.", []string{"staff_level RUS→CZE 94 2018-03-22", "staff_level CZE→RUS 24 2018-03-22"}},
		{"a size to come is no head-count", "Prague expelled 18 Russians on Monday. By May 31 each embassy will have seven diplomats and 25 technical staff.", []string{"expel CZE→RUS 18 2018-03-26"}},
		{"a capital cuts another's mission on its own soil", "On March 5 Ljubljana reduced the Russian embassy from 41 people to eight, and the following month Moscow answered.", []string{"staff_cap SVN→RUS 8 2018-03-05", "staff_level RUS→SVN 41 2018-03-05"}},
		{"an auxiliary 'had' is no head-count", "Madrid had ordered out about 25 Russian diplomats and embassy employees on March 5.", []string{"expel ESP→RUS ~25 2018-03-05"}},
		{"a past head-count as of the story's last date", "Washington flew its last employees out of Khartoum on Saturday. Helicopters lifted out the roughly 70 American employees who were still working at the mission.", []string{"withdraw_staff USA→SDN 2018-03-24 Khartoum", "staff_level USA→SDN ~70 2018-03-24"}},
		{"a phrase counted from a moved date", "In 2011 a mob stormed the embassy. Hague told the Commons on November 30 that the last British staff had left Iran minutes earlier.", []string{"withdraw_staff GBR→IRN 2011-11-30"}},
		{"a bullet's state hit by the story's other side", "Russia took its time after the expulsions of Russian diplomats in early March.\n\n- The Netherlands: 15 Dutch diplomats were declared personae non gratae on Tuesday.\n- France: 34 staff of French diplomatic missions must leave within two weeks, Moscow said on Tuesday.", []string{"expel RUS→NLD 15 2018-03-27", "expel RUS→FRA 34 2018-03-27"}},
		{"hosts after 'from both'", "Ankara was withdrawing its ambassadors from both Tel Aviv and Washington for consultations, Erdogan said on Monday.", []string{"recall_ambassador TUR→ISR 2018-03-26", "recall_ambassador TUR→USA 2018-03-26"}},
		{"an envoy told to go back", "Turkey recalled its ambassador from Israel on Monday. On Tuesday Israel's ambassador, Eitan Na'eh, was called to the foreign ministry and told to go back to his country for some time.", []string{"recall_ambassador TUR→ISR 2018-03-26", "expel_ambassador TUR→ISR 2018-03-27"}},
		{"a sentence opening on a state is what 'it' stands for", "Washington has thinned out its presence before. On May 15, 2019, it ordered non-emergency government employees out of both the Baghdad embassy and the consulate-general in Erbil.", []string{"withdraw_staff USA→IRQ 2019-05-15 Baghdad", "withdraw_staff USA→IRQ 2019-05-15 Erbil"}},
		{"envoys coming home for consultations", "Ankara said on Monday that its ambassadors in Tel Aviv and Washington were coming home for consultations.", []string{"recall_ambassador TUR→ISR 2018-03-26", "recall_ambassador TUR→USA 2018-03-26"}},
		{"an envoy asked to leave", "On Tuesday Turkey asked Israel's ambassador, Eitan Na'eh, to leave for some time.", []string{"expel_ambassador TUR→ISR 2018-03-27"}},
		{"a consul named in apposition is one person", "Turkey recalled its ambassador from Israel on Monday. On Wednesday Israel's consul general in Istanbul, Yossi Levi Safri, was asked to leave the country.", []string{"recall_ambassador TUR→ISR 2018-03-26", "expel TUR→ISR 1 2018-03-28"}},
		{"a first name is not a denial", "On Monday Foreign Minister Denis Moncada said that Nicaragua was breaking diplomatic relations with Taiwan.", []string{"break_relations NIC→TWN 2018-03-26"}},
		{"the pair a sentence names over the story's", "On Monday Nicaragua broke relations with Taiwan. The next day representatives of the two governments signed a communique re-establishing diplomatic relations between Nicaragua and the People's Republic.", []string{"break_relations NIC→TWN 2018-03-26", "agreement NIC→CHN 2018-03-27", "restore_relations NIC→CHN 2018-03-27", "restore_relations CHN→NIC 2018-03-27"}},
		{"a heading on a line of its own", "Missions emptied.\n\nJAPAN\nThe embassy in Khartoum was temporarily closed on Monday.", []string{"withdraw_staff JPN→SDN 2018-03-26 Khartoum"}},
		{"a withdrawal naming no land leaves the story's", "Britain pulled its diplomats out of Libya on Monday.\n\nFrance's last diplomats sailed out on a frigate, and Italy said on Tuesday it was pulling its staff out.", []string{"withdraw_staff GBR→LBY 2018-03-26", "withdraw_staff FRA→LBY 2018-03-27", "withdraw_staff ITA→LBY 2018-03-27"}},
		{"where a team works on from is no host", "On March 20 Turkey suspended the operations of its embassy, and a core team would work from the Turkish embassy in Tunis.", []string{"withdraw_staff TUR 2018-03-20"}},
		{"a month's day is no count", "On March 6 American diplomats were driven out of Libya into Tunisia.", []string{"withdraw_staff USA→LBY 2018-03-06"}},
		{"the land left is no subject", "Seoul said on Monday that all of its diplomats had left Sudan and that the embassy's work had been suspended.", []string{"withdraw_staff KOR→SDN 2018-03-26"}},
		{"a timeline goes on after a month", "On July 27, 2016, a gunman attacked the embassy of Azerbaijan in Tehran.\n\nAt the end of September, Azerbaijan opened an embassy in Israel. On October 6 Baku expelled four Iranian diplomats.", []string{"expel AZE→IRN 4 2016-10-06"}},
		{"a date told in passing long ago", "Russia expelled Lithuania's charge d'affaires on Wednesday.\n\nA minister said the envoy had belittled the events of January 13, 1991.\n\nOn November 4, Vilnius told Russia's ambassador to leave.", []string{"expel RUS→LTU 1 2018-03-28", "expel_ambassador LTU→RUS 2017-11-04"}},
		{"a charge d'affaires expelled is one diplomat", "On Friday Bahrain expelled Iran's charge d'affaires and called its own ambassador home.", []string{"expel BHR→IRN 1 2018-03-30", "recall_ambassador BHR→IRN 2018-03-30"}},
		{"a heading's year holds under it", "Tehran answers in kind.\n\nBRITAIN, 2009\n- June 22: the authorities in Tehran expel two British diplomats.", []string{"expel IRN→GBR 2 2009-06-22"}},
		{"a clause of the same moment dates the act", "When the foreign secretary came out of the meeting on Wednesday, he announced that Pakistan's defence, naval and air advisers in New Delhi were declared persona non grata.", []string{"expel IND→PAK 2018-03-28"}},
		{"people leaving on an order are no withdrawal", "Twenty-two Russian diplomats left Moldova on Monday under a government order.", nil},
		{"a total after its parts with a comma", "Estonia's own embassy in Moscow works with eight diplomats and 15 other staff, 23 people.", []string{"staff_level EST→RUS 23 2018-03-30"}},
		{"parts after their total", "Russia's embassy in Tallinn stands at 23: eight diplomats and 15 other employees.", []string{"staff_level RUS→EST 23 2018-03-30"}},
		{"a past level with 'now' elsewhere", "The government announced the cut on February 26. When it did, the Russian embassy in Chisinau had about 80 staff, and 45 people, the 22 diplomats and the 23 employees now leaving, had to be out.", []string{"staff_level RUS→MDA ~80 2018-02-26"}},
		{"a day before a month is no count", "The foreign ministry told Russia on Monday that its embassy must shrink by 1 February.", []string{"staff_cap ?→RUS 2018-03-26"}},
		{"a date heading dates the paragraph under it", "Here is how the departures unfolded.\n\nJANUARY 11, 2017\nWashington orders a further cut, telling a number of its remaining employees to leave Syria as soon as possible.", []string{"withdraw_staff USA→SYR 2017-01-11"}},
		{"a mission that closes is closed by its owner", "The French embassy in Damascus closed on Tuesday.", []string{"withdraw_staff FRA→SYR 2018-03-27 Damascus"}},
		{"staff who leave are withdrawn", "Britain's ambassador, Simon Collis, and his diplomatic staff leave Syria on Monday.", []string{"withdraw_staff GBR→SYR 2018-03-26"}},
		{"staff asked to leave are expelled, not withdrawn", "Zagreb asked on Monday for 24 Russian embassy staff, 18 of them diplomats, to leave the country.", []string{"expel HRV→RUS 24 2018-03-26"}},
		{"a relative clause's state has the staff", "For Poland, which had 50 diplomats in Belarus, that meant going down to 18.", []string{"staff_level POL→BLR 50 2018-03-30"}},
		{"a mission 'then 55 strong'", "On April 23 New Delhi declared the defence advisers at the Pakistani High Commission persona non grata and ordered the mission, then 55 strong, cut to 30 by May 1.", []string{"expel IND→PAK 2017-04-23", "staff_cap IND→PAK 30 2017-04-23", "staff_level PAK→IND 55 2017-04-23"}},
		{"the state told to shrink has the staff; a head-count does not act", "In July 2017 Kuwait ordered Tehran to shrink its diplomatic staff in Kuwait from 19 to four. The 15 diplomats who had to go were given 45 days to leave.", []string{"staff_cap KWT→IRN 4 2017-07", "staff_level IRN→KWT 19 2017-07", "expel KWT→IRN 15 2017-07"}},
		{"staff told to go", "Twenty-four hours later, on Wednesday, the two Iranian embassy staff in Berlin were told to go.", []string{"expel DEU→IRN 2 2018-03-28"}},
		{"told to go to a place is no expulsion", "Britain closed its embassy in Damascus on Monday. British nationals who need help are told to go to the embassy of any EU country still open.", []string{"withdraw_staff GBR→SYR 2018-03-26 Damascus"}},
		{"an envoy who may not return", "Pakistan recalled its envoy from Tehran on Wednesday and said Iran's ambassador may not return for the time being.", []string{"recall_ambassador PAK→IRN 2018-03-28", "expel_ambassador PAK→IRN 2018-03-28"}},
		{"called in and declared persona non grata", "Bolivia expelled the US ambassador on Wednesday. The State Department's reply was swift: Bolivia's ambassador, Gustavo Guzman, was called in on Thursday and declared persona non grata.", []string{"expel_ambassador BOL→USA 2018-03-28", "expel_ambassador USA→BOL 2018-03-29"}},
		{"a state telling of its own people expelled is hit", "Moscow expelled 15 Dutch diplomats on Tuesday.\n\n- Belgium: the Belgian foreign ministry said a dozen of its diplomats had been told to go by May 3.", []string{"expel RUS→NLD 15 2018-03-27", "expel RUS→BEL 12 2018-03-27"}},
		{"a date in another subject's clause", "On Monday Moscow declared 40 employees of German missions personae non gratae, the same number Berlin had expelled on March 4.", []string{"expel RUS→DEU 40 2018-03-26"}},
		{"not yet reopened", "The United States, Germany and Japan have yet to reopen their embassies in Kyiv.", nil},
		{"an embassy re-established", "The United States announced on Wednesday that it had re-established its embassy in Mogadishu.", []string{"reopen_mission USA→SOM 2018-03-28 Mogadishu"}},
		{"an embassy open again", "The Saudi embassy in Baghdad is open for business again.", []string{"reopen_mission SAU→IRQ 2018-03-30 Baghdad"}},
		{"a return goes back to the land left", "Britain pulled its diplomats out of Ukraine on March 2.\n\nBRITAIN\n- The embassy reopened when the ambassador drove back into Kyiv on Friday, a week after the prime minister had spoken to reporters in New Delhi.", []string{"withdraw_staff GBR→UKR 2018-03-02", "reopen_mission GBR→UKR 2018-03-30 New Delhi"}},
		{"steps toward reopening are no reopening", "The two sides have identified initial steps toward reestablishing their diplomatic missions.", nil},
		{"a mission named with its owner under a dateline is the story's post", "BUDAPEST - The Russian embassy on Bajza Street was taking on more diplomats.\n\nCounting the entries, a reporter found that the embassy in Budapest had 46 registered diplomats in November 2017.", []string{"staff_level RUS→HUN 46 2017-11"}},
		{"the state that hosts them", "For comparison, Britain now hosts 33 Russian diplomats, according to the same analysis.", []string{"staff_level RUS→GBR 33 2018-03-30"}},
		{"a timeline entry's subject is what 'it' stands for", "April 21, 2017 - Moscow retaliates. It shuts Latvia's consulates in St Petersburg and Pskov.", []string{"close_mission RUS→LVA 2017-04-21 St Petersburg", "close_mission RUS→LVA 2017-04-21 Pskov"}},
		{"the same weekday is the day just told", "On Monday 12 March, Pretoria recalled its ambassador to Israel. By the end of the same Monday, Ankara had announced that it was recalling its ambassador in Tel Aviv.", []string{"recall_ambassador ZAF→ISR 2018-03-12", "recall_ambassador TUR→ISR 2018-03-12"}},
		{"a time of day is no scene-setting clause", "In 2014 Saudi Arabia withdrew its ambassador from Doha.\n\n- Before dawn yesterday, Bahrain and Egypt announced that they were cutting diplomatic relations with Qatar.", []string{"recall_ambassador SAU→QAT 2014", "break_relations BHR→QAT 2018-03-29", "break_relations EGY→QAT 2018-03-29"}},
		{"a possessor's decision", "China shut the US consulate in Chengdu on Friday, answering Washington's decision on Tuesday to close the Chinese consulate in Houston.", []string{"close_mission CHN→USA 2018-03-30 Chengdu", "close_mission USA→CHN 2018-03-27 Houston"}},
		{"posts in several lands are left from each land", "Israel said on Thursday that it had withdrawn the staff of its embassies in Cairo, Manama and Rabat.", []string{"withdraw_staff ISR→EGY 2018-03-29 Cairo", "withdraw_staff ISR→BHR 2018-03-29 Manama", "withdraw_staff ISR→MAR 2018-03-29 Rabat"}},
		{"the staff of a state's embassies brought home; a capital after the trigger and posts counted are not the act", "A statement said on Thursday that the staff of Israel's embassies in Cairo and Rabat had been brought back home, leaving five embassies, Amman included, without diplomats.", []string{"withdraw_staff ISR→EGY 2018-03-29 Cairo", "withdraw_staff ISR→MAR 2018-03-29 Rabat"}},
		{"a heading over a post is its host; the people are the story's owner's", "Israel's diplomats in Turkey were told to come home, and the Israeli missions in the region are empty.\n\nTURKEY\n\n- Embassy in Ankara: diplomats left on Thursday for security reasons.", []string{"withdraw_staff ISR→TUR 2018-03-29 Ankara"}},
		{"a progressive is no passive; steps of a withdrawal days apart are two", "Washington ordered most of its employees to leave the embassy in Kyiv on Saturday. Warnings of a Russian attack grew louder, and on Monday it said it was moving its embassy out of Kyiv.", []string{"withdraw_staff USA→UKR 2018-03-24 Kyiv", "withdraw_staff USA→UKR 2018-03-26 Kyiv"}},
		{"a post run from another land", "Britain said on Friday that it was pulling its staff out of Libya and would run the embassy from Tunisia.", []string{"withdraw_staff GBR→LBY 2018-03-30"}},
		{"the land left right after the verb", "The last French diplomats left Kabul on Friday.", []string{"withdraw_staff FRA→AFG 2018-03-30 Kabul"}},
		{"evacuees and a denial inside the trigger's words", "Berlin said on Monday that all of the German embassy's employees were among the evacuees. Local staff of the embassy are not being evacuated.", []string{"withdraw_staff DEU 2018-03-26"}},
		{"staff on board", "Foreign Minister Jose Manuel Albares said on Sunday that the Spanish embassy's diplomatic staff were on board.", []string{"withdraw_staff ESP 2018-03-25"}},
		{"a state tells its own people to leave; a post with no owner named acts for the story's state", "The United States has told its non-emergency diplomats in Lebanon, and the families of all its embassy staff there, to leave the country, the State Department said on Monday. The embassy last sent its non-emergency staff away on June 22 last year, the day American aircraft struck Iran's nuclear sites.", []string{"withdraw_staff USA→LBN 2018-03-26", "withdraw_staff USA→LBN 2017-06-22"}},
		{"a count before 'personae non gratae' with its parts after it", "Moscow replied on Thursday, declaring seven employees of the Danish embassy personae non gratae, four diplomats and three other staff.", []string{"expel RUS→DNK 7 2018-03-29"}},
		{"a state's own envoy declared persona non grata", "Moscow declared Britain's own defence attache, Captain Adrian Coghill, persona non grata on Monday.", []string{"expel RUS→GBR 1 2018-03-26"}},
		{"a count before a passive's auxiliaries", "Kuwait said on Thursday that three Iranian diplomats are being expelled over their links to a spy ring.", []string{"expel KWT→IRN 3 2018-03-29"}},
		{"the size of a mission just evacuated", "A statement said on Thursday that India's high commission in Kabul had been evacuated. \"We were a very large mission of 192 personnel,\" the ambassador said.", []string{"withdraw_staff IND→AFG 2018-03-29 Kabul", "staff_level IND→AFG 192 2018-03-29"}},
		{"a year alone on a line dates the timeline under it; people who go home are their state's", "Here is how it went.\n\n2016\n\n- January 23: Caracas breaks diplomatic relations with Washington and gives American diplomats 72 hours to leave the country.\n- March 14: The last American diplomats in Caracas, about 20 people, drive to the airport and fly home.", []string{"break_relations VEN→USA 2016-01-23", "expel VEN→USA 2016-01-23", "withdraw_staff USA→VEN ~20 2016-03-14"}},
		{"'the Sunday' after a day told is the next Sunday", "The quarrel began on Saturday, March 17, when Prague expelled 18 staff of the Russian embassy. Moscow hit back on the Sunday, declaring 20 employees of the Czech embassy personae non gratae.", []string{"expel CZE→RUS 18 2018-03-17", "expel RUS→CZE 20 2018-03-18"}},
		{"the day of the event a measure answers is not its day; a list under an organisation's people names its members", "Russia announced on Thursday that it had decided to expel several EU diplomats, one of them from the German embassy in Moscow, for taking part in illegal protests on March 3.\n\nWho is affected:\n- Sweden: one diplomat from the consulate general in St Petersburg.\n- Poland: one diplomat, also from its consulate general in St Petersburg.", []string{"expel RUS→EU 2018-03-29", "expel RUS→SWE 1 2018-03-29", "expel RUS→POL 1 2018-03-29"}},
		{"a date told in passing goes on into the days right after it", "Santos ordered the raid of September 1, 2016, in which Colombian troops struck a camp just inside Ecuador.\n\nCorrea's answer came within a day. On September 2 he called Ecuador's ambassador home from Bogota. On September 3 Ecuador broke off diplomatic relations.", []string{"recall_ambassador ECU→COL 2016-09-02", "break_relations ECU→COL 2016-09-03"}},
		{"a withdrawal naming no land leaves the land the story names most", "Fighting for Tripoli's airport has gone on for two weeks, and Libya is emptying of diplomats; the capital of Libya is cut off.\n\nFrance has temporarily shut its embassy, the ministry said on Wednesday.", []string{"withdraw_staff FRA→LBY 2018-03-28"}},
		{"a state cutting its own embassy to essential staff withdraws them", "Norway cut its embassy in Khartoum to essential staff on Monday.", []string{"withdraw_staff NOR→SDN 2018-03-26 Khartoum"}},
		{"an ambassador who left a capital left its land", "The plane carrying Ambassador Yitzhak Levanon landed in Israel on Friday. Levanon, his wife and the embassy's staff had left Cairo overnight on an Israeli military plane.", []string{"ambassador_departed ISR→EGY 2018-03-30"}},
		{"staff a heading's state orders out of a land leave that land", "UNITED STATES\n\n- On Monday the department ordered all embassy families and non-emergency staff out of Libya.", []string{"withdraw_staff USA→LBY 2018-03-26"}},
		{"who carries people out does not withdraw them", "Israel's embassy in Cairo was stormed on Friday. Embassy staff who had locked themselves in a safe room were brought out by Egyptian commandos on Saturday.", []string{"withdraw_staff ISR→EGY 2018-03-24"}},
		{"every diplomat of a state called home is its own", "The minister said on Tuesday that every Somali diplomat in Nairobi was being called home and that Kenya's diplomats had a week to get out of Somalia.", []string{"withdraw_staff SOM→KEN 2018-03-27 Nairobi", "expel SOM→KEN 2018-03-27"}},
		{"staff moved to the capital of the post's owner go home", "Sweden's embassy in Baghdad was stormed on Thursday. The embassy's operations have been moved to Stockholm, the ministry said on Friday.", []string{"withdraw_staff SWE→IRQ 2018-03-30"}},
		{"a state taking the same decision repeats the act told before", "Paris withdrew its diplomats from Sudan on Saturday. Ottawa took the same decision on Sunday.", []string{"withdraw_staff FRA→SDN 2018-03-24", "withdraw_staff CAN→SDN 2018-03-25"}},
		{"every diplomat of a state left", "On Wednesday every Japanese diplomat still in Yemen left the country.", []string{"withdraw_staff JPN→YEM 2018-03-28"}},
		{"a post's team left", "The Dutch embassy's diplomatic team left Tripoli on a Canadian aircraft on Saturday.", []string{"withdraw_staff NLD→LBY 2018-03-24 Tripoli"}},
		{"a team left behind stays", "Ambassador Plug and the small team left behind in Moscow kept the embassy open on Monday.", nil},
		{"another state's diplomats ordered out, one's own brought home", "On Monday Caracas ordered Peru's diplomats out of the country and brought its own diplomatic staff home from Lima.", []string{"expel VEN→PER 2018-03-26", "withdraw_staff VEN→PER 2018-03-26 Lima"}},
		{"a month and a day of one act in one sentence: the day", "The State Department ordered non-emergency staff out of Haiti on Thursday. Washington took the same step in February 2017, when the department, on February 14, ordered non-emergency personnel out of the embassy in Port-au-Prince.", []string{"withdraw_staff USA→HTI 2018-03-29", "withdraw_staff USA→HTI 2017-02-14 Port-au-Prince"}},
		{"where staff move after a repeated act is not the land left", "Tokyo evacuated its embassy in Sanaa on Tuesday. Seoul did the same, moving its staff to Riyadh on Wednesday.", []string{"withdraw_staff JPN→YEM 2018-03-27 Sanaa", "withdraw_staff KOR→YEM 2018-03-28"}},
		{"each post of the story's pair has as many", "India ordered Pakistan's High Commission in New Delhi cut on Thursday. Each high commission currently has 55 staff.", []string{"staff_level PAK→IND 55 2018-03-30", "staff_level IND→PAK 55 2018-03-30"}},
		{"half of a state's own staff sent home", "The United States is sending home as many as half of the American staff at its embassy in Baghdad, officials said on Monday.", []string{"withdraw_staff USA→IRQ 2018-03-26 Baghdad"}},
		{"a consulate's city names its land", "On Tuesday the State Department suspended operations at the U.S. consulate general in Basra.", []string{"withdraw_staff USA→IRQ 2018-03-27 Basra"}},
		{"a city captured is not a post left", "Washington ordered its non-emergency employees to leave Kenya on Wednesday, a day after the rebel capture of Kisumu.", []string{"withdraw_staff USA→KEN 2018-03-28"}},
		{"members of a post taken out", "Every member of the Saudi embassy in Kabul has been taken out of Afghanistan, the ministry said on Sunday.", []string{"withdraw_staff SAU→AFG 2018-03-25 Kabul"}},
		{"where people are relocated to is not the post they leave", "Some staff of the embassy in Baghdad are being relocated on Monday, some to the consulates in Basra and Erbil and the rest to Amman.", []string{"withdraw_staff ?→IRQ 2018-03-26 Baghdad"}},
		{"an envoy recalled with no land named leaves the one the story names most", "Relations with Spain soured after Madrid let the Polisario leader in for treatment in April. On May 18 Rabat recalled her for consultations.", []string{"recall_ambassador MAR→ESP 2017-05-18"}},
		{"a question heading names the post 'it' counts; a people counts a mission's people; larger, with N people", "How big is the American embassy in Moscow?\n\nIt has 196 Americans: 161 hold diplomatic passports and the other 35 do not, the State Department said on Friday.\n\nAnd the Soviet embassy in Washington?\n\nIt is considerably larger, with 333 people, officials said on Friday.", []string{"staff_level USA→RUS 196 2018-03-30", "staff_level RUS→USA 333 2018-03-30"}},
		{"a modal before 'and' governs the verb after it", "There were reports on Friday that Carter might order ten Soviet diplomats out of Washington and bring home as many American diplomats from Moscow.", nil},
		{"a list of counts with demonyms", "On Wednesday Moscow ordered out 34 French diplomats, 27 Spanish and some two dozen Italians.", []string{"expel RUS→FRA 34 2018-03-28", "expel RUS→ESP 27 2018-03-28", "expel RUS→ITA ~24 2018-03-28"}},
		{"a count of another clause is no list item", "Poland expelled 45 Russian diplomats on Thursday, after Russia had expelled 3 Polish diplomats.", []string{"expel POL→RUS 45 2018-03-29", "expel RUS→POL 3 2018-03-29"}},
		{"a post put on ordered departure", "The State Department placed the embassy in Juba on ordered departure on Tuesday.", []string{"withdraw_staff USA→SSD 2018-03-27 Juba"}},
		{"suspending the work of one's own consulates", "On Thursday Prague suspended the work of its own consulates general in St Petersburg and Yekaterinburg.", []string{"withdraw_staff CZE→RUS 2018-03-29 St Petersburg", "withdraw_staff CZE→RUS 2018-03-29 Yekaterinburg"}},
		{"missions wound down last summer", "Britain, France and the United States wound down their missions in Tripoli last summer.", []string{"withdraw_staff GBR→LBY 2017-06/2017-08 Tripoli", "withdraw_staff FRA→LBY 2017-06/2017-08 Tripoli", "withdraw_staff USA→LBY 2017-06/2017-08 Tripoli"}},
		{"a dateline in the actor's capital is no post", "LONDON - Britain is pulling its diplomats out of Libya, the Foreign Office said on Monday.", []string{"withdraw_staff GBR→LBY 2018-03-26"}},
		{"head-counts listed by city", "By his count Russia now has 35 diplomats in London, 20 in Warsaw and 12 in Bratislava.", []string{"staff_level RUS→GBR 35 2018-03-30", "staff_level RUS→POL 20 2018-03-30", "staff_level RUS→SVK 12 2018-03-30"}},
		{"a post that has a bare number", "Bulgaria's own embassy in Moscow, by his account, has just 12.", []string{"staff_level BGR→RUS 12 2018-03-30"}},
		{"people registered with a state's missions", "On Tuesday, 258 people were registered with Russia's missions in Austria.", []string{"staff_level RUS→AUT 258 2018-03-27"}},
		{"diplomats accredited in the country of the dateline", "STOCKHOLM - The foreign ministry counts about 35 Russian diplomats accredited in the country.", []string{"staff_level RUS→SWE ~35 2018-03-30"}},
		{"the Dutch, Italian and Polish embassies withdraw", "The Dutch, Italian and Polish embassies have withdrawn their last diplomats from Kuwait City.", []string{"withdraw_staff NLD→KWT 2018-03-30 Kuwait City", "withdraw_staff ITA→KWT 2018-03-30 Kuwait City", "withdraw_staff POL→KWT 2018-03-30 Kuwait City"}},
		{"a live blog's day heading dates its today", "LIVE\n\nTUESDAY\n\nThe Dutch embassy in Tripoli closed its doors today.", []string{"withdraw_staff NLD→LBY 2018-03-27 Tripoli"}},
		{"counted officials are people, not a government", "Four British officials at the embassy in Moscow were told on Thursday that they have ten days to leave Russia.", []string{"expel RUS→GBR 4 2018-03-29"}},
		{"a possessive before a nominal trigger acts", "On Tuesday Moscow expelled two Finnish diplomats in reply to Helsinki's expulsion of two Russian diplomats on March 8.", []string{"expel RUS→FIN 2 2018-03-27", "expel FIN→RUS 2 2018-03-08"}},
		{"two counts of people joined by and are one total", "On Tuesday Moldova ordered 22 diplomats and 23 technical staff of the Russian embassy to leave.", []string{"expel MDA→RUS 45 2018-03-27"}},
		{"counts of two peoples are a list, not a total", "On Tuesday Russia expelled 5 Polish diplomats and 3 Lithuanian diplomats.", []string{"expel RUS→POL 5 2018-03-27", "expel RUS→LTU 3 2018-03-27"}},
		{"another staffer is one", "On Tuesday New Delhi expelled another Pakistani staffer, whom police link to two people arrested for spying.", []string{"expel IND→PAK 1 2018-03-27"}},
		{"accreditation withdrawn in the passive", "Six members of the British embassy in Moscow have had their diplomatic accreditation withdrawn, Russia's Federal Security Service said on Friday.", []string{"expel RUS→GBR 6 2018-03-30"}},
		{"stripped of their diplomatic status", "Israel's foreign minister on Thursday stripped eight Norwegian diplomats who handled relations with the Palestinian Authority of their diplomatic status.", []string{"expel ISR→NOR 8 2018-03-29"}},
		{"declared persona non grata after a long object", "Algiers on Monday declared 12 officials at the French embassy, all of them employed by the French interior ministry, persona non grata.", []string{"expel DZA→FRA 12 2018-03-26"}},
		{"a list after a place's preposition does not act", "On December 15 Peru's ambassadors in Argentina, Bolivia, Colombia and Mexico were called home.", []string{"recall_ambassador PER→ARG 2017-12-15", "recall_ambassador PER→BOL 2017-12-15", "recall_ambassador PER→COL 2017-12-15", "recall_ambassador PER→MEX 2017-12-15"}},
		{"a post named with its owner and place is evacuated", "The U.S. embassy in Beirut was evacuated early on Wednesday.", []string{"withdraw_staff USA→LBN 2018-03-28 Beirut"}},
		{"a presence wound up, people lifted out", "The United States wound up its diplomatic presence in Lebanon on Wednesday, lifting the ambassador and his remaining staff out of Beirut by helicopter.", []string{"withdraw_staff USA→LBN 2018-03-28 Beirut"}},
		{"diplomats attached to an embassy", "The State Department's latest list shows 245 diplomats attached to the Chinese embassy in Washington.", []string{"staff_level CHN→USA 245 2018-03-30"}},
		{"a skeleton staff now, after a cut on Tuesday", "In Baghdad the British embassy is now working with a skeleton staff of six after a cut on Tuesday.", []string{"staff_level GBR→IRQ 6 2018-03-30"}},
		{"a post's people stand for it", "Staff at the Indian embassy in Kabul were flown home on Tuesday.", []string{"withdraw_staff IND→AFG 2018-03-27 Kabul"}},
		{"a post with its owner after 'of'", "The embassy of Japan in Kabul suspended operations on Tuesday.", []string{"withdraw_staff JPN→AFG 2018-03-27 Kabul"}},
		{"listed demonyms qualify the noun after the last", "The Swedish and Japanese governments pulled their diplomats out of Kabul on Tuesday.", []string{"withdraw_staff SWE→AFG 2018-03-27 Kabul", "withdraw_staff JPN→AFG 2018-03-27 Kabul"}},
		{"states acting together do not act on each other", "Several European countries, including Italy and Spain, began evacuating their diplomats on Tuesday.", []string{"withdraw_staff ITA 2018-03-27", "withdraw_staff ESP 2018-03-27"}},
		{"each acting on the other", "Canada and India each sent home a senior diplomat on Tuesday, within hours of one another.", []string{"expel CAN→IND 1 2018-03-27", "expel IND→CAN 1 2018-03-27"}},
		{"states acting alike on a third", "On Sunday Brazil and Uruguay both called their ambassadors home from Asuncion.", []string{"recall_ambassador BRA→PRY 2018-03-25", "recall_ambassador URY→PRY 2018-03-25"}},
		{"families of a state's embassy staff sent home by it", "The State Department on Tuesday ordered the families of American embassy staff in Kyiv to leave Ukraine.", []string{"withdraw_staff USA→UKR 2018-03-27"}},
		{"an envoy leaving with the mission's people", "Turkey pulled its ambassador and embassy staff out of Libya on Tuesday.", []string{"withdraw_staff TUR→LBY 2018-03-27"}},
		{"where staff are taken is not the host", "The Austrian embassy in Tripoli closed its doors on Tuesday and its staff were taken to Tunisia.", []string{"withdraw_staff AUT→LBY 2018-03-27 Tripoli"}},
		{"a state followed is not the host", "Spain evacuated its diplomats from Tripoli on Tuesday, following the Netherlands, which had pulled out its staff on Monday.", []string{"withdraw_staff ESP→LBY 2018-03-27 Tripoli", "withdraw_staff NLD→LBY 2018-03-26"}},
		{"people of listed posts", "Staff from the French and Italian embassies in Tripoli were flown out on Tuesday.", []string{"withdraw_staff FRA→LBY 2018-03-27 Tripoli", "withdraw_staff ITA→LBY 2018-03-27 Tripoli"}},
		{"diplomats from listed states left", "Diplomats from Britain, France and Germany left Tripoli on Tuesday.", []string{"withdraw_staff GBR→LBY 2018-03-27 Tripoli", "withdraw_staff FRA→LBY 2018-03-27 Tripoli", "withdraw_staff DEU→LBY 2018-03-27 Tripoli"}},
		{"not diplomats from a string of attacks", "Havana failed to protect American diplomats from attacks that have left 22 people ill.", nil},
		{"states cutting their own staff", "Latvia, Lithuania and Estonia reduced their diplomatic staff in Kyiv on Tuesday.", []string{"withdraw_staff LVA→UKR 2018-03-27 Kyiv", "withdraw_staff LTU→UKR 2018-03-27 Kyiv", "withdraw_staff EST→UKR 2018-03-27 Kyiv"}},
		{"told their own diplomats to leave", "On Tuesday Norway and Denmark told their diplomats to leave Ukraine.", []string{"withdraw_staff NOR→UKR 2018-03-27", "withdraw_staff DNK→UKR 2018-03-27"}},
		{"families of their staff sent home", "Germany and Italy said their embassies in Kyiv would stay open but on Tuesday sent home the families of their staff.", []string{"withdraw_staff DEU→UKR 2018-03-27 Kyiv", "withdraw_staff ITA→UKR 2018-03-27 Kyiv"}},
		{"a head-count compared with another", "Russia has about 120 diplomats in Prague, compared with 25 Czech diplomats in Moscow.", []string{"staff_level RUS→CZE ~120 2018-03-30", "staff_level CZE→RUS 25 2018-03-30"}},
		{"a verb of serving past a long noun", "Some 400 Russian diplomats and staff work in Austria.", []string{"staff_level RUS→AUT ~400 2018-03-30"}},
		{"people who had to leave are no head-count", "Sofia said 70 people at the Russian mission had to leave.", []string{"expel BGR→RUS 70 2018-03-30"}},
		{"a mission shrinking by itself changes its level", "The U.S. mission in Russia has shrunk from about 1,200 employees in 2017 to around 120 today.", []string{"staff_level USA→RUS ~1200 2017", "staff_level USA→RUS ~120 2018-03-30"}},
		{"families of a post's staff told to leave", "On Tuesday the State Department told the families of everyone working at the American consulate general in Istanbul to leave Turkey.", []string{"withdraw_staff USA→TUR 2018-03-27 Istanbul"}},
		{"a post's families on their way out", "Dutch embassy families were on their way out of Belgrade on Tuesday.", []string{"withdraw_staff NLD→SRB 2018-03-27 Belgrade"}},
		{"families who go with people named before", "Twenty-three technical staff of the Russian embassy, together with their families, were also required to leave on Tuesday.", nil},
		{"a participle before counted people points back", "Germany said on Friday its four expelled diplomats had left.", nil},
		{"diplomats given until a day to leave", "Canberra said on Tuesday that five Iraqi diplomats had until Sunday to leave.", []string{"expel AUS→IRQ 5 2018-03-27"}},
		{"told to be out of the country", "On Tuesday Washington told six Nicaraguan consuls to be out of the country by the next day.", []string{"expel USA→NIC 6 2018-03-27"}},
		{"a state caps posts on its own soil only", "In October the State Department instructed the Kampala embassy to cut its staff to a handful.", []string{"withdraw_staff USA→UGA 2017-10 Kampala"}},
		{"a foreign post ordered to cut stays a cap", "Uganda ordered the American embassy in Kampala to reduce its staff to six.", []string{"staff_cap UGA→USA 6 2018-03-30"}},
		{"a round-up item's label acts", "Jordan - The first Arab government to act. On Sunday the prime minister confirmed that five Iraqi diplomats had been expelled.", []string{"expel JOR→IRQ 5 2018-03-25"}},
		{"a dateline in capitals is no label", "KUWAIT - Five Iraqi diplomats were expelled on Sunday.", []string{"expel ?→IRQ 5 2018-03-25"}},
		{"a single diplomat is one; not a single is none", "Ottawa, which hosts a single Iraqi diplomat, will not act. Not a single Polish diplomat is left in Kabul.", []string{"staff_level IRQ→CAN 1 2018-03-30"}},
		{"a request that others expel is no expulsion", "On Thursday the United States asked the 62 governments that still host Iraqi missions to expel the ambassadors. It also asked Germany to expel two Iraqi diplomats.", nil},
		{"a request to withdraw one's own people is an order", "Britain asked Russia to withdraw 23 diplomats.", []string{"expel GBR→RUS 23 2018-03-30"}},
		{"an order whose object runs long", "The United States ordered two attaches at Iraq's mission to the United Nations out on March 4, giving them 72 hours.", []string{"expel USA→IRQ 2 2018-03-04"}},
		{"a live blog's entry heading with its time dates 'today'", "Wednesday 22:15\n\nDutch embassy families were on their way out of Belgrade today.", []string{"withdraw_staff NLD→SRB 2018-03-28 Belgrade"}},
		{"an instruction passed on with 'should'", "Germany told its embassy in Belgrade that the dependants of its staff should leave the city. Britain said its families should leave Serbia and Montenegro.", []string{"withdraw_staff DEU→SRB 2018-03-30 Belgrade"}},
		{"where a flight is bound is no host", "The United States pulled its last diplomats out on Saturday, flying them on a chartered aircraft bound for Yaounde, in Cameroon.", []string{"withdraw_staff USA 2018-03-24"}},
		{"'that ceiling' is a measure told before", "Whatever became of that ceiling, the Soviet embassy in Cairo had crept back to 41 people by this week.", []string{"staff_level RUS→EGY 41 2018-03-30"}},
		{"departures that leave a mission with a head-count", "CAIRO - Thursday's departures leave the Soviet mission with about 30 diplomats by one count.", []string{"staff_level RUS→EGY ~30 2018-03-29"}},
		{"the one told, past an aside, must act on its own posts", "Egypt told the Soviet Union, along with four of its East European allies, to shut its consulates outside the capital.", []string{"close_mission EGY→RUS 2018-03-30"}},
		{"capitals listed as subjects act together", "Paris and Rome recalled their ambassadors from Honduras on Wednesday, while the staff of its embassies in Cairo, Manama and Rabat stayed.", []string{"recall_ambassador FRA→HND 2018-03-28", "recall_ambassador ITA→HND 2018-03-28"}},
		{"a person seized is no property", "Soldiers seized President Manuel Zelaya at his residence on Sunday and flew him to Costa Rica.", nil},
		{"a visit's land is an aside", "Britain recalled its ambassador from Nepal. Straw, speaking during a visit to Pakistan, said it was right to call the ambassador home.", []string{"recall_ambassador GBR→NPL 2018-03-30"}},
		{"Leopoldville tells which Congo a story means", "In September 1960 Congo expelled the Soviet embassy. The order was read out on the radio in Leopoldville.", []string{"expel COD→RUS 1960-09"}},
		{"a noun past a new clause is not the object", "The Swedish inquiry was shelved in 2017 but was re-opened this year following his eviction from the embassy.", nil},
		{"talks named for trade are not about relations", "The United States and China held trade talks in Beijing on Monday; Jakarta, a broker in the Cambodian peace talks, stayed out.", nil},
		{"talks with business leaders", "Israel's minister held talks in Stockholm on Monday with Swedish business leaders.", nil},
		{"talks between two states", "The United States and China held talks in Beijing on Monday.", []string{"talks USA→CHN 2018-03-26 Beijing"}},
		{"a deadline's hour does not hide it", "President Carter broke diplomatic relations with Iran on Monday and ordered every Iranian diplomat in the United States to leave the country by midnight tonight.", []string{"break_relations USA→IRN 2018-03-26", "expel USA→IRN 2018-03-26"}},
		{"a state shrinking its own post to a number sets its level", "OSLO - Russia has shrunk the consular section of its embassy in Oslo to just two diplomats, complying with a Norwegian demand, the Russian embassy said.", []string{"staff_level RUS→NOR 2 2018-03-30 Oslo"}},
		{"a level reached by a date is dated by it", "By early February the American embassy in Damascus was down to 17 staff.", []string{"staff_level USA→SYR 17 2018-02"}},
		{"a 'by' date of what must happen is a deadline", "Syria told the United States to cut its embassy staff in Damascus to 17 by early February.", []string{"staff_cap SYR→USA 17 2018-03-30"}},
		{"people sent home from another's land were the sender's own", "The United States sent 20 diplomats home from Minsk on Monday, while Britain sent 20 Russian diplomats home from London.", []string{"withdraw_staff USA→BLR 20 2018-03-26 Minsk", "expel GBR→RUS 20 2018-03-26"}},
		{"bringing one's own diplomats down to a number is a level", "By March 27 the United States had sent enough people home from Minsk to bring the number of its diplomats in Belarus down to 17.", []string{"withdraw_staff USA→BLR 2018-03-27 Minsk", "staff_level USA→BLR 17 2018-03-27"}},
		{"bringing one's diplomats down when told to is a cap", "Moscow told Britain on Friday that it must bring the staff of its embassy in Moscow down to 40.", []string{"staff_cap RUS→GBR 40 2018-03-30"}},
		{"bringing one's diplomats back reopens", "Turkey brought its diplomats back to Kyiv on Tuesday.", []string{"reopen_mission TUR→UKR 2018-03-27 Kyiv"}},
		{"a 'by' past a cause names who caused, not who expelled", "Nicaragua said nineteen American diplomats were expelled over a raid by U.S. troops, and Tehran condemned the expulsion of four Iranian diplomats by Baku.", []string{"expel NIC→USA 19 2018-03-30", "expel AZE→IRN 4 2018-03-30"}},
		{"a participle after a comma tells of the subject; a titled agent acts", "Nineteen American diplomats flew from Managua to Havana on Monday, expelled by President Daniel Ortega.", []string{"expel NIC→USA 19 2018-03-26"}},
		{"a new paragraph in the present is back in the news's year", "Saudi Arabia cut its ties with Iran in January 2016.\n\nThe thaw follows the deal of March 10, under which Riyadh and Tehran agreed to restore relations.", []string{"break_relations SAU→IRN 2016-01", "agreement SAU→IRN 2018-03-10", "restore_relations SAU→IRN 2018-03-10", "restore_relations IRN→SAU 2018-03-10"}},
		{"relations lifted to ambassadors are restored", "Pakistan and Afghanistan have lifted their diplomatic relations to ambassadorial level.", []string{"restore_relations PAK→AFG 2018-03-30", "restore_relations AFG→PAK 2018-03-30"}},
		{"representation raised back to an ambassador restores relations", "The United Arab Emirates said on Sunday it is raising its representation in Iran back to the rank of ambassador.", []string{"restore_relations ARE→IRN 2018-03-25", "restore_relations IRN→ARE 2018-03-25"}},
		{"an agreement to restore relations is both", "Qatar and Chad agreed on Tuesday to resume diplomatic relations.", []string{"agreement QAT→TCD 2018-03-27", "restore_relations QAT→TCD 2018-03-27", "restore_relations TCD→QAT 2018-03-27"}},
		{"a communique signed on relations is an agreement", "On Saturday, in Beijing, Burkina Faso's foreign minister and the Chinese foreign minister signed a joint communique under which the People's Republic and Burkina Faso resumed diplomatic relations.", []string{"agreement CHN→BFA 2018-03-24", "restore_relations CHN→BFA 2018-03-24", "restore_relations BFA→CHN 2018-03-24"}},
		{"an unplaced telling on another day is another act", "PORT-AU-PRINCE - The United States on Thursday ordered all non-emergency personnel at its embassy in Haiti to leave the country.\n\nOn Tuesday the State Department had authorised non-emergency staff of the embassy to leave voluntarily.", []string{"withdraw_staff USA→HTI 2018-03-29 Port-au-Prince", "withdraw_staff USA→HTI 2018-03-27"}},
		{"a rule's gap stops at a second measure of the same subject", "Britain ordered the Iranian embassy in London to close immediately and gave all Iranian diplomats 48 hours to leave the country on Thursday.", []string{"close_mission GBR→IRN 2018-03-29 London", "expel GBR→IRN 2018-03-29"}},
		{"the actor's own post that closes, named with its host", "France went further on Thursday, when President Nicolas Sarkozy announced at an EU summit in Brussels that the French embassy in Damascus would close.", []string{"withdraw_staff FRA→SYR 2018-03-29 Damascus"}},
		{"a possessive after 'by' names whose force acted, not who", "This is not the first time that Washington has pulled diplomats back from an Iraqi city. On Thursday Secretary of State Mike Pompeo shut the consulate in Basra and relocated its staff, blaming rocket fire on militias directed by Iran's Quds Force.", []string{"withdraw_staff USA→IRQ 2018-03-29 Basra"}},
		{"a name in apposition costs a rule's gap one word", "Caracas told Spain's ambassador, Jesus Silva Fernandez, on Thursday that he had 72 hours to leave the country.", []string{"expel_ambassador VEN→ESP 2018-03-29"}},
		{"taking all of its staff out of a land", "Peru has taken all of its embassy employees and their families out of Haiti, the foreign ministry said on Thursday.", []string{"withdraw_staff PER→HTI 2018-03-29"}},
		{"flying officials of its embassy out of a capital", "Chile has flown three officials of its embassy in Haiti out of Port-au-Prince, the foreign ministry said on Thursday.", []string{"withdraw_staff CHL→HTI 3 2018-03-29 Port-au-Prince"}},
		{"a capital's former name", "The American embassy in Peking has a staff of 31.", []string{"staff_level USA→CHN 31 2018-03-30"}},
		{"a date that closes an opening 'when' clause is that clause's", "When Caracas expelled the diplomats of Argentina and Peru, among others, at the end of July, Brasilia agreed to look after both embassies.", []string{"expel VEN→ARG 2017-07", "expel VEN→PER 2017-07"}},
		{"one expulsion per state listed after 'of'", "Venezuela expelled the diplomats of Argentina, Chile and Peru on Monday.", []string{"expel VEN→ARG 2018-03-26", "expel VEN→CHL 2018-03-26", "expel VEN→PER 2018-03-26"}},
		{"one expulsion per demonym listed", "Argentine and Peruvian diplomats were expelled by Venezuela on Monday.", []string{"expel VEN→ARG 2018-03-26", "expel VEN→PER 2018-03-26"}},
		{"a listed target inside the trigger's words", "Russia declared the ambassadors of Estonia and Latvia persona non grata on Monday.", []string{"expel_ambassador RUS→EST 2018-03-26", "expel_ambassador RUS→LVA 2018-03-26"}},
		{"'each' after the noun of a shared count", "Russia expelled four diplomats each from France and Poland on Monday.", []string{"expel RUS→FRA 4 2018-03-26", "expel RUS→POL 4 2018-03-26"}},
		{"'the two governments' are the two states the story names most", "Sudan and Iran have been at odds since 2016. On Monday the two governments announced that they had decided to resume diplomatic relations.", []string{"restore_relations SDN→IRN 2018-03-26", "restore_relations IRN→SDN 2018-03-26"}},
		{"states that traded expulsions expelled each other's diplomats", "Britain and Nigeria have traded expulsions of diplomats this week.", []string{"expel GBR→NGA 2018-03-26/2018-03-30", "expel NGA→GBR 2018-03-26/2018-03-30"}},
		{"spare staff told to leave are drawn down by their own state", "Non-essential staff at the British embassy in Tehran were told to leave on Thursday.", []string{"withdraw_staff GBR→IRN 2018-03-29 Tehran"}},
		{"spare staff ordered out of a land, named by a demonym", "Non-emergency American government employees and their families have been ordered out of Venezuela, the State Department announced on Thursday.", []string{"withdraw_staff USA→VEN 2018-03-29"}},
		{"owners listed before the people who drive out", "The Dutch, Italian and Polish diplomats drove out of Kuwait City to Baghdad on Thursday.", []string{"withdraw_staff NLD→KWT 2018-03-29 Kuwait City", "withdraw_staff ITA→KWT 2018-03-29 Kuwait City", "withdraw_staff POL→KWT 2018-03-29 Kuwait City"}},
		{"the land crossed into is no host, nor is a town in it", "The Czech staff crossed into Azerbaijan from Iran on Friday, and the embassy in Baku took them in.", []string{"withdraw_staff CZE→IRN 2018-03-30"}},
		{"a gapped head-count names its own land", "Russia had about 150 diplomats in Britain and Britain about 60 in Russia.", []string{"staff_level RUS→GBR ~150 2018-03-30", "staff_level GBR→RUS ~60 2018-03-30"}},
		{"a gapped head-count without a land has the land of the one before", "Poland has 50 diplomats in Belarus and Lithuania 25.", []string{"staff_level POL→BLR 50 2018-03-30", "staff_level LTU→BLR 25 2018-03-30"}},
		{"the ambassadors of listed states are each recalled", "The ambassadors of Argentina and Brazil to Venezuela were recalled on Monday.", []string{"recall_ambassador ARG→VEN 2018-03-26", "recall_ambassador BRA→VEN 2018-03-26"}},
		{"the diplomats of listed states are each withdrawn", "The diplomats of Sweden and Norway were evacuated from Kabul on Monday.", []string{"withdraw_staff SWE→AFG 2018-03-26 Kabul", "withdraw_staff NOR→AFG 2018-03-26 Kabul"}},
		{"'a year after' an act dates that act a year before", "Kenya restored relations with Somalia on Monday, a year after Mogadishu cut them.", []string{"restore_relations KEN→SOM 2018-03-26", "restore_relations SOM→KEN 2018-03-26", "break_relations SOM→KEN 2017"}},
		{"staff declared undesirable are expelled", "Germany declared 40 members of the Russian embassy staff undesirable on Monday.", []string{"expel DEU→RUS 40 2018-03-26"}},
		{"an ambassador declared unwelcome is expelled", "Damascus declared Japan's ambassador unwelcome on Monday.", []string{"expel_ambassador SYR→JPN 2018-03-26"}},
		{"a high commissioner withdrawn is recalled", "New Delhi withdrew its high commissioner from Canada on Monday.", []string{"recall_ambassador IND→CAN 2018-03-26"}},
		{"a post staffed by its people has that many", "Russia's embassy in Oslo is staffed by 25 diplomats.", []string{"staff_level RUS→NOR 25 2018-03-30"}},
		{"a land after a comma is another clause's", "The Russian embassy in Tallinn has 25 diplomats, Estonia's in Moscow eight.", []string{"staff_level RUS→EST 25 2018-03-30"}},
		{"a level held since a date is dated from it", "Since October the Russian embassy in Oslo has had two diplomats.", []string{"staff_level RUS→NOR 2 2017-10"}},
		{"a people with a verb of serving is a head-count", "Some 120 Russians worked at the embassy in Berlin before the expulsions.", []string{"staff_level RUS→DEU ~120 2018-03-30"}},
		{"a bare number set against a head-count is the other side's", "Russia's mission in Prague is far larger than the Czech one in Moscow: 129 staff against 24.", []string{"staff_level RUS→CZE 129 2018-03-30", "staff_level CZE→RUS 24 2018-03-30"}},
		{"the level a fall starts from keeps its own date", "The US embassy in Moscow is down to about 120 staff from more than 1,200 in 2017.", []string{"staff_level USA→RUS ~120 2018-03-30", "staff_level USA→RUS ≥1200 2017"}},
		{"a whole shared out after 'Of the'", "Of the 400 people at the Russian embassy in Washington, a third are intelligence officers.", []string{"staff_level RUS→USA 400 2018-03-30", "intel_share RUS→USA ratio 0.33 2018-03-30"}},
		{"the land landed in is no host; the capital left is the place", "A plane carrying 30 Dutch diplomats and their families landed in Amman on Thursday after leaving Khartoum.", []string{"withdraw_staff NLD→SDN 30 2018-03-29 Khartoum"}},
		{"'Saudi' is a demonym too", "The Saudi diplomats left Tehran on Monday.", []string{"withdraw_staff SAU→IRN 2018-03-26 Tehran"}},
		{"an ambassador told to leave a capital is expelled by its land", "Estonia's ambassador was told to leave Moscow on Monday.", []string{"expel_ambassador RUS→EST 2018-03-26"}},
		{"a state told to withdraw its ambassador has him expelled", "Estonia told Russia on Monday to withdraw its ambassador.", []string{"expel_ambassador EST→RUS 2018-03-26"}},
		{"a date something is planned for does not date the act", "Erdogan recalled Turkey's ambassador in Stockholm and cancelled a Turkish-Swedish summit planned for 17 March.", []string{"recall_ambassador TUR→SWE 2018-03-30"}},
		{"a second count with a date of its own is a second act", "Poland expelled 45 Russian diplomats on Monday and 10 more on Thursday.", []string{"expel POL→RUS 45 2018-03-26", "expel POL→RUS 10 2018-03-29"}},
		{"a number of expulsions counts the people expelled", "France announced 35 expulsions of Russian diplomats on Monday.", []string{"expel FRA→RUS 35 2018-03-26"}},
		{"a party the sentence leaves out is the story's other side", "Fighting in Sudan entered a second week on Sunday. The Japanese embassy said on Monday it was temporarily closing.", []string{"withdraw_staff JPN→SDN 2018-03-26"}},
		{"a wire's dateline with its date and agency is no actor", "KHARTOUM, March 30 (Reuters) - Foreign governments raced on Friday to pull their diplomats out of Sudan.", []string{"withdraw_staff ?→SDN 2018-03-30"}},
		{"a seat's name qualified by another state is that state's office", "The German Foreign Office said on Monday that it had expelled two Russian diplomats.", []string{"expel DEU→RUS 2 2018-03-26"}},
		{"'days after' with nothing dated before does not date the act ahead", "Nicaragua has ordered the closure of the Taiwanese embassy in Managua, days after switching recognition to Beijing.", []string{"close_mission NIC→TWN 2018-03-30 Managua"}},
		{"people given until a deadline to leave are expelled", "Nicaragua gave Taiwanese diplomats until the end of the month to leave.", []string{"expel NIC→TWN 2018-03-30"}},
		{"'The two' standing alone are the story's pair", "Canada and Saudi Arabia quarrelled in 2016. The two restored full ties in May 2017.", []string{"restore_relations CAN→SAU 2017-05", "restore_relations SAU→CAN 2017-05"}},
		{"states expelling each other's diplomats hit each other", "Russia and Estonia expelled each other's diplomats on Monday after the invasion of Ukraine.", []string{"expel RUS→EST 2018-03-26", "expel EST→RUS 2018-03-26"}},
		{"a relative clause's date is its own", "Moscow and Israel restored full diplomatic relations, and the Soviet Union became the last of the governments that walked out on Israel in 1967 to walk back in.", []string{"restore_relations RUS→ISR 2018-03-30", "restore_relations ISR→RUS 2018-03-30"}},
		{"the subject's relative clause dates what the subject did before", "The junta that seized power on March 2 ordered the French ambassador out on March 26.", []string{"expel_ambassador ?→FRA 2018-03-26"}},
		{"a post named by a town abroad is the actor's own", "Tokyo closed the Kyiv embassy temporarily on March 2.", []string{"withdraw_staff JPN→UKR 2018-03-02 Kyiv"}},
		{"a post named by a town at home is another state's", "Moscow closed the Yekaterinburg consulate on Monday.", []string{"close_mission RUS 2018-03-26 Yekaterinburg"}},
		{"a post abroad ordered shut is the actor's own", "The Czech foreign minister ordered the embassy in Tehran shut on Thursday.", []string{"withdraw_staff CZE→IRN 2018-03-29 Tehran"}},
		{"a state ordering its staff's children out withdraws them", "Washington on Friday ordered all school-age children of U.S. government employees in Sri Lanka to leave the country.", []string{"withdraw_staff USA→LKA 2018-03-30"}},
		{"a modal in a relative clause on the people does not hedge the order", "The State Department ordered every U.S. government employee whose job could be done elsewhere to leave the embassy in Kabul on Monday.", []string{"withdraw_staff USA→AFG 2018-03-26 Kabul"}},
		{"an undated act takes the first date of the sentence before", "The first cut came on March 2, a week after the White House set an April deadline for the troops. The State Department ordered all U.S. government employees to leave the embassy in Kabul.", []string{"withdraw_staff USA→AFG 2018-03-02 Kabul"}},
		{"a state cutting its own staff to a minimum withdraws them", "Germany said on Friday it was cutting its diplomatic staff in Kabul to the absolute minimum.", []string{"withdraw_staff DEU→AFG 2018-03-30"}},
		{"a cap counts what the mission comes down to, not its size before", "Moldova expelled three Russians on Monday. In July 2017 Moldova cut the Russian embassy of about 80 people down to 25, the same number as worked at its embassy in Moscow.", []string{"expel MDA→RUS 3 2018-03-26", "staff_cap MDA→RUS 25 2017-07", "staff_level RUS→MDA ~80 2017-07"}},
		{"a mission's strength told beside a cut is a level", "On January 6, 1980, Cairo said it was cutting the Soviet embassy, then some 50 diplomats strong, by about 30.", []string{"staff_cap EGY→RUS ~30 1980-01-06", "staff_level RUS→EGY ~50 1980-01-06"}},
		{"a state sending people out of another's land withdraws its own", "The State Department ordered the mission's staff out of Kabul on Thursday.", []string{"withdraw_staff USA→AFG 2018-03-29 Kabul"}},
		{"families who may leave at government expense are withdrawn by the post's owner", "The families of staff at the U.S. consulate in Monterrey may leave at government expense, the State Department said on Sunday.", []string{"withdraw_staff USA→MEX 2018-03-25 Monterrey"}},
		{"a land named with its region is no subject", "The families of American officials posted to six U.S. consulates in northern Mexico may leave at government expense, the State Department said on Sunday.", []string{"withdraw_staff USA→MEX 2018-03-25", "staff_level USA→MEX 6 2018-03-25"}},
		{"staff authorised to leave posts in two lands", "Non-essential staff at the U.S. missions in Bahrain and Kuwait have been authorised to leave.", []string{"withdraw_staff USA→BHR 2018-03-30", "withdraw_staff USA→KWT 2018-03-30"}},
		{"a minister telling what his state would do announces it", "On Friday Foreign Minister Ahmed Aboul Gheit said Egypt would reduce the number of people at its diplomatic mission in Baghdad for a set period.", []string{"withdraw_staff EGY→IRQ 2018-03-30 Baghdad"}},
		{"thinning out one's own mission withdraws staff", "Cairo is thinning out its own mission in Baghdad.", []string{"withdraw_staff EGY→IRQ 2018-03-30 Baghdad"}},
		{"a mission suspended is a withdrawal", "Japan's embassy in Yemen was suspended on Sunday.", []string{"withdraw_staff JPN→YEM 2018-03-25"}},
		{"an office run by diplomats has that many", "The office in Doha is run by two Israeli diplomats.", []string{"staff_level ISR→QAT 2 2018-03-30"}},
		{"a number told as the number of a state's staff is a head-count", "Moscow said 455 was the number of Russian diplomatic and technical staff then in the United States.", []string{"staff_level RUS→USA 455 2018-03-30"}},
		{"people on the staff of a post are its head-count", "In March some 35 people were on the staff of the U.S. embassy in Minsk.", []string{"staff_level USA→BLR ~35 2018-03"}},
		{"an act a number of hours before a dated one is that many days before", "The last Iranian diplomats left on Thursday, about 24 hours after Albania broke off diplomatic relations with Iran.", []string{"withdraw_staff IRN→ALB 2018-03-29", "break_relations ALB→IRN 2018-03-28"}},
		{"the story's news day is not one a relative clause gives another event", "Russia has recalled its ambassador from Washington in protest at the strikes on Iraq, which began on Wednesday. Snow fell in Moscow on Thursday.", []string{"recall_ambassador RUS→USA 2018-03-29"}},
		{"a count before 'and' is the verb before's object", "On June 28 last year Bulgaria told Russia to withdraw 70 embassy staff and capped the Russian mission at 48 people, 23 of them diplomats.", []string{"expel BGR→RUS 70 2017-06-28", "staff_cap BGR→RUS 48 2017-06-28"}},
		{"a timeline entry's year dates 'that year' after it", "1984 - The year the first crack appeared. Jordan restored relations with Egypt on September 25 of that year.", []string{"restore_relations JOR→EGY 1984-09-25", "restore_relations EGY→JOR 1984-09-25"}},
		{"an ambassador sent home is expelled", "Nairobi sent the Somali ambassador home on Monday.", []string{"expel_ambassador KEN→SOM 2018-03-26"}},
		{"a leader saying in an interview that the envoy would come home announces it", "On Tuesday Macron said in a television interview that the ambassador would be brought home from Niger within hours.", []string{"recall_ambassador FRA→NER 2018-03-27"}},
		{"an envoy who would not be allowed back, past a relative clause, is expelled", "On Monday Turkish Deputy Prime Minister Numan Kurtulmus announced that the Dutch ambassador, who was out of the country at the time, would not be allowed to return.", []string{"expel_ambassador TUR→NLD 2018-03-26"}},
		{"an announcement reaches over a long aside to its 'would'", "On Friday US Deputy Secretary of State Christopher Landau told reporters in La Paz, standing next to Paz, that the two countries would restore their relations at the level of ambassadors.", []string{"restore_relations USA→BOL 2018-03-30", "restore_relations BOL→USA 2018-03-30"}},
		{"a timeline entry's date is its act's, not a date the act takes effect", "January 23, 2017 - Latvia lowers its diplomatic relations with Russia to the level of charge d'affaires from February 24, citing the war.", []string{"downgrade_relations LVA→RUS 2017-01-23"}},
		{"a state's own ambassador who is to leave is recalled", "The Russian ambassador is told to leave by Friday, and Latvia's own ambassador is to leave Russia by the same day.", []string{"expel_ambassador LVA→RUS 2018-03-30", "recall_ambassador LVA→RUS 2018-03-30"}},
		{"an act answered, told undated, is the one the story dates days before", "France is expelling Algerian diplomats in retaliation for Algeria's decision to send 15 more French officials home, Foreign Minister Jean-Noel Barrot said on Friday.\n\nAlgiers moved on Tuesday. It ordered 15 French agents to leave the country.", []string{"expel FRA→DZA 15 2018-03-30", "expel DZA→FRA 15 2018-03-27"}},
		{"an envoy told that people must leave is only told", "Algeria told the French charge d'affaires on Tuesday that 15 French agents must leave.", []string{"expel DZA→FRA 15 2018-03-27"}},
		{"'the official news agency' is no official", "Russia ordered Polish diplomats out on Monday, the official news agency TASS reported.", []string{"expel RUS→POL 2018-03-26"}},
		{"an act a reply answers is the one the story dates days before", "Britain expelled four Russian diplomats on March 19.\n\nFour British officials were told on Thursday to leave Russia, in the Kremlin's reply to Britain's expulsion of four Russian diplomats.", []string{"expel GBR→RUS 4 2018-03-19", "expel RUS→GBR 4 2018-03-29"}},
		{"an envoy given hours to get out is expelled", "On Tuesday Fiji gave Australia's high commissioner, James Batley, 24 hours to get out.", []string{"expel_ambassador FJI→AUS 2018-03-27"}},
		{"people a list after a colon names are the group counted before it", "On Monday Abu Dhabi told Sudan's ambassador that three of his staff were no longer welcome: the defence attache, his deputy and the cultural attache.", []string{"expel ARE→SDN 3 2018-03-26"}},
		{"'three of his staff' counts people", "The UAE told Sudan's ambassador on Monday that three of his staff must leave.", []string{"expel ARE→SDN 3 2018-03-26"}},
		{"the staff of a state's embassy who left are withdrawn", "The entire staff of the German embassy left Pyongyang on Monday.", []string{"withdraw_staff DEU→PRK 2018-03-26 Pyongyang"}},
		{"Bonn acts for West Germany", "Bonn was first out: its three diplomats and their families left Kabul on Wednesday.", []string{"withdraw_staff DEU→AFG 3 2018-03-28 Kabul", "staff_level DEU→AFG 3 2018-03-28 Kabul"}},
		{"an act reported as done on a day is of that day, not of the report", "An EU spokesman said on Thursday that all remaining staff of the delegation had left Haiti as a precaution on Wednesday morning.", []string{"withdraw_staff EU→HTI 2018-03-28"}},
		{"a day an act to come takes effect from is not its date", "France said on Wednesday that it would close its embassy in Sanaa from Friday.", []string{"withdraw_staff FRA→YEM 2018-03-28 Sanaa"}},
		{"a state telling that its own diplomats will leave withdraws them", "Georgia said on Friday that all its diplomats would leave Moscow.", []string{"withdraw_staff GEO→RUS 2018-03-30 Moscow"}},
		{"a minister saying every diplomat of his state will leave announces a withdrawal", "On Friday Deputy Foreign Minister Grigol Vashadze said every Georgian diplomat would leave the embassy in Moscow by Saturday.", []string{"withdraw_staff GEO→RUS 2018-03-30 Moscow"}},
		{"another state's diplomats who must leave are not withdrawn", "Russia said on Friday that all Georgian diplomats would have to leave Moscow.", []string{"expel RUS→GEO 2018-03-30"}},
		{"a charge d'affaires and two of his colleagues are three", "Israel on Wednesday declared Venezuela's charge d'affaires, Roland Betancourt, and two of his colleagues persona non grata.", []string{"expel ISR→VEN 3 2018-03-28"}},
		{"a charge d'affaires and his aide are two", "On Wednesday London ordered Iran's charge d'affaires, Mohammad Basti, and his aide to leave Britain.", []string{"expel GBR→IRN 2 2018-03-28"}},
		{"a consulate's head and one of his consuls are two", "On Wednesday Belarus gave the head of Poland's consulate general in Grodno and one of his consuls 48 hours to go.", []string{"expel BLR→POL 2 2018-03-28"}},
		{"a total the act brings the count to is its count", "On Friday Norway ordered five Soviet diplomats to leave and barred four others from coming back, bringing to nine the number of Soviet officials it accuses of spying.", []string{"expel NOR→RUS 9 2018-03-30"}},
		{"an ambassador and N other diplomats are N+1", "On Friday Britain ordered the ambassador, Loutof Allah Haydar, and 20 other Syrian diplomats out of the country.", []string{"expel GBR→SYR 21 2018-03-30"}},
		{"journalists sent away with diplomats are counted with them", "Britain ordered eight Soviet diplomats and three journalists out of the country on Friday.", []string{"expel GBR→RUS 11 2018-03-30"}},
		{"an embassy's assistant military attache is one diplomat", "On Wednesday Russia ordered out the Bulgarian embassy's assistant military attache, Lieutenant Colonel Mitko Borisov.", []string{"expel RUS→BGR 1 2018-03-28"}},
		{"an envoy a minister means to tell to leave is one diplomat expelled", "Morocco's foreign minister said on Friday that he would receive Iran's charge d'affaires in Rabat in order to tell him to leave the country.", []string{"expel MAR→IRN 1 2018-03-30"}},
		{"telling official Americans to leave is no expulsion", "The United States issued an ordered departure for its embassy in Rwanda on Friday, telling official Americans and their dependants to leave and preparing to bring out all but a handful of diplomats.", []string{"withdraw_staff USA→RWA 2018-03-30"}},
		{"people asked to leave are expelled however long the list between", "On Monday Zagreb asked 18 Russian diplomats and six administrative staff, two dozen people in all, to leave.", []string{"expel HRV→RUS 24 2018-03-26"}},
		{"N of his diplomats and M staff are N+M", "Croatia said on Monday that it had asked Russia's ambassador to have 18 of his diplomats and six administrative and technical staff leave the country.", []string{"expel HRV→RUS 24 2018-03-26"}},
		{"diplomats across a land are in it, and a head-count told again is the same mission's", "Canada has twelve diplomats in Russia, a spokesperson said on Friday. Russia, for its part, has 68 accredited diplomats across Canada. With only twelve diplomats left, a mirror response to an expulsion could force the closure of the embassy.", []string{"staff_level CAN→RUS 12 2018-03-30", "staff_level RUS→CAN 68 2018-03-30"}},
		{"an office holder named in full is known later by surname", "Foreign Minister Penny Wong spoke to reporters in Canberra on Monday. On Friday Wong expelled two Iranian diplomats.", []string{"expel AUS→IRN 2 2018-03-30"}},
		{"a date given as a deadline does not date the act", "Colombia restored relations with Ecuador and gave April 24 as the deadline for naming ambassadors.", []string{"restore_relations COL→ECU 2018-03-30", "restore_relations ECU→COL 2018-03-30"}},
		{"both governments told of by one official are the story's pair", "Ecuador and Colombia have been at odds since 2008. President Juan Manuel Santos met his Ecuadorian counterpart in Guayaquil on Monday. On Friday Santos said both governments had decided to re-establish relations completely.", []string{"restore_relations COL→ECU 2018-03-30", "restore_relations ECU→COL 2018-03-30"}},
		{"a post told with its people has that many", "The Russian mission in Vienna is one of the largest in Europe, with some 500 staff.", []string{"staff_level RUS→AUT ~500 2018-03-30"}},
		{"diplomats a state keeps somewhere are its head-count there", "Russia keeps 58 diplomats in Prague.", []string{"staff_level RUS→CZE 58 2018-03-30"}},
		{"a level reached by a date after a cut ordered earlier is a level of that date", "The US embassy in Damascus had been shrinking for months: a further reduction was ordered on January 11, so that by early February the embassy was down to 17 American staff.", []string{"staff_level USA→SYR 17 2018-02"}},
		{"a treaty's year does not date the act", "Athens declared twelve Russian diplomats unwelcome, citing the Vienna conventions of 1961 and 1963.", []string{"expel GRC→RUS 12 2018-03-30"}},
		{"a withdrawn staff counted whole was the post's head-count", "West Germany told its three diplomats in Kabul to leave, and they flew out on Friday. The United States lifted its remaining staff, thirty Americans in all, out of Beirut on Thursday.", []string{"withdraw_staff DEU→AFG 3 2018-03-30 Kabul", "staff_level DEU→AFG 3 2018-03-30 Kabul", "withdraw_staff USA→LBN 30 2018-03-29 Beirut", "staff_level USA→LBN 30 2018-03-29 Beirut"}},
		{"a cap to the size of one's own mission counts that mission", "The Czech embassy in Moscow is down to 24 people, the ministry said on Friday. The same day Prague ordered the Russian embassy cut to the size of the Czech mission.", []string{"staff_level CZE→RUS 24 2018-03-30", "staff_cap CZE→RUS 24 2018-03-30"}},
		{"a cap allowing no more than the parts of a total is the total", "Denmark will allow Russia no more than five diplomats and 20 administrative and technical employees at its embassy, 25 people in all, the ministry said on Friday.", []string{"staff_cap DNK→RUS 25 2018-03-30"}},
		{"posts listed each with its noun are each left", "The entire staff of the German embassy, the French cooperation office and the Swiss mission left Pyongyang on Friday.", []string{"withdraw_staff DEU→PRK 2018-03-30 Pyongyang", "withdraw_staff FRA→PRK 2018-03-30 Pyongyang", "withdraw_staff CHE→PRK 2018-03-30 Pyongyang"}},
		{"a mission that left is withdrawn, one left with few is not", "The large German mission left Baghdad on Wednesday. The Russian embassy in Tallinn was left with six diplomats.", []string{"withdraw_staff DEU→IRQ 2018-03-28 Baghdad", "staff_level RUS→EST 6 2018-03-28"}},
		{"a fact line's opening figure counts the act its gloss tells", "9 - Russian embassy employees Finland ordered out on Friday.\n\n4 - At least this many of the nine, officials say, had been expelled by other countries.", []string{"expel FIN→RUS 9 2018-03-30"}},
		{"a capital of two words between two recalls makes them two acts", "On Friday Bangkok recalled its ambassador, and Phnom Penh recalled its own envoy a few hours later.", []string{"recall_ambassador THA→KHM 2018-03-30", "recall_ambassador KHM→THA 2018-03-30"}},
		{"a state a relative clause hangs on acts in it though a time comes between", "Slovakia told three more Russian diplomats to leave on Friday, in solidarity with the Czech Republic, which five days earlier had expelled 18 Russians.", []string{"expel SVK→RUS 3 2018-03-30", "expel CZE→RUS 18 2018-03-25"}},
		{"a head-count set against another dated otherwise is the same mission's then", "The United States now employs about 120 people in Russia, an official said on Friday, against roughly 1,200 in early 2017.", []string{"staff_level USA→RUS ~120 2018-03-30", "staff_level USA→RUS ~1200 2017"}},
		{"a state closing a post in the other's land leaves its own", "Paraguay broke off relations with Venezuela on Friday. President Abdo said he had ordered the embassy in Caracas closed.", []string{"break_relations PRY→VEN 2018-03-30", "withdraw_staff PRY→VEN 2018-03-30 Caracas"}},
		{"dependants ordered to leave are withdrawn, not expelled", "Dependants of American staff at the embassy in Jakarta were ordered to leave Indonesia on Friday.", []string{"withdraw_staff USA→IDN 2018-03-30 Jakarta"}},
		{"a ban on employing a land's people at another's missions bars local staff", "On Friday Moscow barred American missions from employing Russians.", []string{"local_staff_ban RUS→USA 2018-03-30"}},
		{"a state given days to cut its embassy is the one capped", "Venezuela's foreign minister told reporters on Friday that Washington had 15 days to reduce its embassy in Caracas to 17 people.", []string{"staff_cap VEN→USA 17 2018-03-30"}},
		{"a part counted of a whole staff is the act's count, the whole the post's level", "On Friday Canada withdrew 12 of its 30 diplomats from Kabul.", []string{"withdraw_staff CAN→AFG 12 2018-03-30 Kabul", "staff_level CAN→AFG 30 2018-03-30 Kabul"}},
		{"members of an embassy who must go are expelled", "Libya said on Friday that 25 members of Italy's embassy must go.", []string{"expel LBY→ITA 25 2018-03-30"}},
		{"a statement's 'we' is its dateline's state", "The Maltese foreign ministry issued a statement on Friday.\n\nVALLETTA, 30 March 2018 - We have decided to bring home the two diplomats still working at our embassy in Tripoli.", []string{"withdraw_staff MLT→LBY 2 2018-03-30 Tripoli"}},
		{"an envoy asked back to a land is that land's", "Last week we asked our ambassador to Libya to come back to Malta for political consultations.", []string{"recall_ambassador MLT→LBY 2018-03-23/2018-03-29"}},
		{"a state that empties its embassy withdraws its staff", "Baghdad emptied its Damascus embassy on Friday.", []string{"withdraw_staff IRQ→SYR 2018-03-30 Damascus"}},
		{"moving most of an embassy across a border withdraws it", "Indonesia moved most of its embassy in Libya across the border into Tunisia on Friday.", []string{"withdraw_staff IDN→LBY 2018-03-30"}},
		{"dependants sent home are withdrawn, not expelled", "On Friday the families of American diplomats in Pakistan were sent home.", []string{"withdraw_staff USA→PAK 2018-03-30"}},
		{"an envoy not allowed to take up his post is refused, his state hit", "On Friday Sweden announced that Belarus's newly appointed ambassador will not be allowed to take up his post.", []string{"deny_accreditation SWE→BLR 2018-03-30"}},
		{"a state's newly appointed envoy told to leave is its own", "On Friday Sweden said Belarus's newly appointed ambassador must leave.", []string{"expel_ambassador SWE→BLR 2018-03-30"}},
		{"a ceiling of people of two kinds joined by 'and' is their sum", "Belarus told Estonia on Friday to cut its embassy in Minsk to one diplomat and one support employee.", []string{"staff_cap BLR→EST 2 2018-03-30"}},
		{"agents expelled in a passive stay the object, an envoy after 'and' opens a new clause", "Paris answered on Friday: twelve Algerian diplomatic and consular agents are expelled and Ambassador Stephane Romatet is recalled for consultations.", []string{"expel FRA→DZA 12 2018-03-30", "recall_ambassador FRA→DZA 2018-03-30"}},
		{"a demand for officials' repatriation expels them", "On Friday Algiers demanded the immediate repatriation of fifteen French officials.", []string{"expel DZA→FRA 15 2018-03-30"}},
		{"a day that only names a thing is not what 'one day after' counts from", "Venezuela cut relations with Peru on Friday over Sunday's disputed election, one day after it demanded the departure of Peru's diplomats.", []string{"break_relations VEN→PER 2018-03-30", "expel VEN→PER 2018-03-29"}},
		{"a state's embassy kept shut until further notice is withdrawn", "A car bomb went off outside Denmark's embassy in Islamabad on Friday. Denmark said the embassy will remain closed until further notice.", []string{"withdraw_staff DNK→PAK 2018-03-30"}},
		{"a foreign affairs department in a capital is that capital's state", "On Friday the Department of Foreign Affairs in Manila said that every non-core member of the embassy staff in Tripoli was being moved to Tunisia.", []string{"withdraw_staff PHL→LBY 2018-03-30"}},
		{"a consulate that opened again is reopened", "Iran's consulate general in Najaf opened for business again on Friday, two months after a fire.", []string{"reopen_mission IRN→IRQ 2018-03-30 Najaf"}},
		{"members told to get out are expelled; days after an undated event date nothing", "Four days after Washington and Accra swapped prisoners, Ghana told four members of the American embassy to get out within two days.", []string{"expel GHA→USA 4 2018-03-30"}},
		{"embassies that refuse to close are not closed", "Germany and Belgium said on Friday that they had brought their diplomats home, leaving the few embassies that still refuse to close in Kuwait.", []string{"withdraw_staff DEU→KWT 2018-03-30", "withdraw_staff BEL→KWT 2018-03-30"}},
		{"taking the embassy out", "Turkey is taking its embassy out of Kyiv, the Turkish foreign ministry said on Friday.", []string{"withdraw_staff TUR→UKR 2018-03-30 Kyiv"}},
		{"'it' is the story's subject, not a state named after the act", "Algeria cut relations with Morocco in August 2017, and in October 2017 it recalled its ambassador from Paris after remarks by President Emmanuel Macron.", []string{"break_relations DZA→MAR 2017-08", "recall_ambassador DZA→FRA 2017-10"}},
		{"a diplomatic list that shows staff is a head-count", "The ministry's diplomatic list dated March 26 shows 21 staff at the Russian embassy in Riga.", []string{"staff_level RUS→LVA 21 2018-03-26"}},
		{"a topic of the same kind leaves the act after it its claim", "Vienna hosts the OSCE. Austria's record of expelling Russians is modest: it sent two Russian diplomats home in March.", []string{"expel AUT→RUS 2 2018-03"}},
		{"relations severed with a list of states are severed with each", "As NATO's air strikes began on Wednesday, the Yugoslav government severed relations with the United States, Britain, France and Germany.", []string{"break_relations SRB→USA 2018-03-28", "break_relations SRB→GBR 2018-03-28", "break_relations SRB→FRA 2018-03-28", "break_relations SRB→DEU 2018-03-28"}},
		{"a name that a verb follows ends the list of the other side", "On Friday Ortega said that Nicaragua would re-establish relations with Colombia, and Venezuela reopened its border to trade.", []string{"restore_relations NIC→COL 2018-03-30", "restore_relations COL→NIC 2018-03-30"}},
		{"a recommendation breaks nothing", "He turned down a cabinet recommendation to break off diplomatic relations with the Soviet Union and Czechoslovakia at once.", nil},
		{"a state that orders its own staff's dependants out withdraws them", "On Thursday the State Department ordered the dependants of the staff of the American embassy in Beijing out of the country.", []string{"withdraw_staff USA→CHN 2018-03-29 Beijing"}},
		{"ties of another kind and a break no one made cut no relations", "Canberra suspended defence relations with India on Thursday. None of these governments has broken off diplomatic relations with Nigeria.", nil},
		{"a hint, a goal and a standing offer restore nothing", "Netanyahu has hinted that another African country is about to restore relations. The embassy described the step as a move toward the resumption of regular relations between Somalia and the United States. In October Thomson told Nyerere that Britain would resume relations with Tanzania whenever Tanzania asked.", nil},
		{"an order told after 'and' opens a clause of its own", "That year Kinshasa shut its consulate in Antwerp and demanded that Belgium close its consulates general in Bukavu and Lubumbashi.", []string{"withdraw_staff COD→BEL 2018-03-30 Antwerp"}},
		{"an order to the same people after 'and' tells the same act on", "The United States on Thursday ordered its non-essential diplomats out of Saudi Arabia and told the families of everyone working at the embassy in Riyadh and the consulates in Jeddah and Dhahran to leave as well.", []string{"withdraw_staff USA→SAU 2018-03-29 Riyadh", "withdraw_staff USA→SAU 2018-03-29 Jeddah", "withdraw_staff USA→SAU 2018-03-29 Dhahran"}},
		{"a day joined to a later one with its year is of that year", "Senegal and Mauritania held talks in Bamako on May 17 and again on June 3, 1989.", []string{"talks SEN→MRT 1989-05-17 Bamako"}},
		{"a named holder of a post is one person", "On Monday Bucharest declared Alexey Grishaev, deputy military attache at the Russian embassy, persona non grata.", []string{"expel ROU→RUS 1 2018-03-26"}},
		{"one of a group is one person", "Serbia and Croatia have each ordered one of the other's diplomats to leave.", []string{"expel SRB→HRV 1 2018-03-30", "expel HRV→SRB 1 2018-03-30"}},
		{"envoys ordered to come home are recalled", "On Wednesday Foreign Minister Israel Katz ordered Israel's ambassadors in Dublin and Oslo to come home immediately.", []string{"recall_ambassador ISR→IRL 2018-03-28", "recall_ambassador ISR→NOR 2018-03-28"}},
		{"people who had to leave are expelled", "On Friday Bucharest cut the Russian embassy to 11 diplomats, and 40 Russian diplomats and staff had to leave.", []string{"staff_cap ROU→RUS 11 2018-03-30", "expel ROU→RUS 40 2018-03-30"}},
		{"families who had to go are withdrawn", "On Thursday the State Department said that the relatives of American officials posted to Adana had to go.", []string{"withdraw_staff USA→TUR 2018-03-29"}},
		{"a denial of the same kind leaves the act after it its claim", "Ottawa has not sent any Russian diplomat home since March 2015, when it expelled four.", []string{"expel CAN→RUS 4 2015-03"}},
		{"people of two kinds sent home", "Madrid said on Friday it would send around 25 Russian diplomats and embassy staff home.", []string{"expel ESP→RUS ~25 2018-03-30"}},
		{"an act earlier in the week told again with its day is one act of that day", "BEIJING - China on Friday ordered the United States to shut its consulate in Chengdu, hitting back at Washington's decision earlier in the week to close the Chinese consulate in Houston. Washington ordered the Houston consulate closed on Tuesday.", []string{"close_mission CHN→USA 2018-03-30 Chengdu", "close_mission USA→CHN 2018-03-27 Houston"}},
		{"a post spared by 'while leaving' is not closed; a consular town the embassy data lacks is a place", "On Tuesday Latvia closed the Russian consulates general in Daugavpils and Liepaja, while leaving the embassy in Riga open.", []string{"close_mission LVA→RUS 2018-03-27 Daugavpils", "close_mission LVA→RUS 2018-03-27 Liepaja"}},
		{"a city written without its accents is the city", "Venezuela closed its consulate in Sao Paulo on Friday.", []string{"withdraw_staff VEN→BRA 2018-03-30 Sao Paulo"}},
		{"a post in 'the port city of' a town is in that town", "Lithuania closed the Russian consulate in the port city of Klaipeda on Monday.", []string{"close_mission LTU→RUS 2018-03-26 Klaipeda"}},
		{"an envoy told to be persona non grata is expelled without 'declared'", "Solomon Islands Prime Minister Manasseh Sogavare told John Howard on Monday that Australia's High Commissioner Patrick Cole was persona non grata.", []string{"expel_ambassador SLB→AUS 2018-03-26"}},
		{"'later in the day' counts from the act, not from when a step takes effect; a minister-counsellor is one person", "Moldova on Wednesday declared Romania's ambassador persona non grata. Romanians will again need visas, starting on Thursday. Later in the day Moldova declared the embassy's minister-counsellor persona non grata as well.", []string{"expel_ambassador MDA→ROU 2018-03-28", "expel MDA→ROU 1 2018-03-28"}},
		{"'five more' after 'five' days before is a further act, not the same one told twice", "On Sunday Moscow expelled five Americans. On Wednesday the Soviet Union ordered five more American diplomats to leave.", []string{"expel RUS→USA 5 2018-03-25", "expel RUS→USA 5 2018-03-28"}},
		{"an envoy named before his post is recalled", "In November 2014 Jordan recalled Walid Obeidat, then its ambassador, over clashes at the Al-Aqsa mosque compound in Jerusalem.", []string{"recall_ambassador JOR→ISR 2014-11"}},
		{"'him' after a verb is the envoy the sentence before named, recalled from his own host", "France's ambassador to Australia, Jean-Pierre Thebault, has been in Paris for three weeks. France recalled him, together with its ambassador in Washington, on March 17.", []string{"recall_ambassador FRA→AUS 2018-03-17", "recall_ambassador FRA→USA 2018-03-17"}},
		{"relations restored by 'them', or with words between them and the verb, are restored", "Managua cut relations with Israel in 2010. Israel and Nicaragua restored them in March 2017. In November 2019 Bolivia announced that relations with Israel would be restored.", []string{"break_relations NIC→ISR 2010", "restore_relations ISR→NIC 2017-03", "restore_relations NIC→ISR 2017-03", "restore_relations BOL→ISR 2019-11", "restore_relations ISR→BOL 2019-11"}},
		{"ties that will be restored once a condition is met are not restored yet", "The Cuban side says ties with Panama will be restored once the conditions are right.", nil},
		{"a foreign minister the officials list knows speaks for his state", "On Monday Foreign Minister Ramtane Lamamra announced that the ambassador to Morocco was being recalled.", []string{"recall_ambassador DZA→MAR 2018-03-26"}},
		{"an office holder's title does not part him from his preposition", "The foreign secretary, with President Hassan Sheikh Mohamud at his side, reopened the British embassy in Mogadishu on Thursday.", []string{"reopen_mission GBR→SOM 2018-03-29 Mogadishu"}},
		{"two states that agree in a third state's city agree with each other", "Armenia and Hungary met on Thursday in the Polish city of Lodz and agreed to restore diplomatic relations.", []string{"talks ARM→HUN 2018-03-29", "agreement ARM→HUN 2018-03-29", "restore_relations ARM→HUN 2018-03-29", "restore_relations HUN→ARM 2018-03-29"}},
		{"a body both states belong to is not the other side", "MANILA - The Philippines and Singapore have agreed to exchange ambassadors again, closing the most serious quarrel between two members of the Association of Southeast Asian Nations in years.", []string{"agreement PHL→SGP 2018-03-30 Manila"}},
		{"an earlier step 'earlier this month' at the same post stays its own act", "ANTANANARIVO - The United States has ordered all non-emergency employees of its embassy in Madagascar to leave the island. The State Department announced the order on Tuesday. Earlier this month the department had authorised non-emergency personnel at the embassy in Antananarivo to go home if they wished.", []string{"withdraw_staff USA→MDG 2018-03-27 Antananarivo", "withdraw_staff USA→MDG 2018-03 Antananarivo"}},
		{"what unnamed other governments did is no act of the states named before", "In the days that followed, Bahrain and Sudan also severed ties with Tehran, while other Arab governments downgraded relations or recalled their envoys.", []string{"break_relations BHR→IRN 2018-03-30", "break_relations SDN→IRN 2018-03-30"}},
		{"a town in a clause of time after the act is not where it happens", "On Tuesday Gambia ordered the Libyan embassy in Banjul to close until a new government takes over in Tripoli.", []string{"close_mission GMB→LBY 2018-03-27 Banjul"}},
		{"an envoy recalled from a capital to his own is recalled by his state; a span back to an event leaves the day before it the story's", "WASHINGTON - President George Bush on Thursday announced a set of steps against Panama's military ruler, four days after an election that the government has since declared void. Here is the list.\n\nThe diplomats\n\n- Ambassador Arthur Davis has been recalled from Panama City to Washington.", []string{"recall_ambassador USA→PAN 2018-03-29"}},
		{"a consulate-general is a consulate to the rules", "WASHINGTON - The United States is emptying its consulate-general in the southern Iraqi city of Basra, the State Department said on Friday.", []string{"withdraw_staff USA→IRQ 2018-03-30 Basra"}},
		{"people their own state announces are sent home are withdrawn by it", "Three Chilean officers posted to the embassy in Tel Aviv are being sent home, the foreign ministry in Santiago announced on Wednesday.", []string{"withdraw_staff CHL→ISR 2018-03-28 Tel Aviv"}},
		{"a town that labels a fact line does not send the staff counted in it", "New Delhi: 98 people currently work at Pakistan's high commission in India.", []string{"staff_level PAK→IND 98 2018-03-30"}},
		{"a date in a relative clause does not date the head-count", "North Korea's embassy in Madrid, which opened in 2014, had three diplomats including the ambassador.", []string{"staff_level PRK→ESP 3 2018-03-30"}},
		{"the diplomats a state 'has accredited across this country' are its own, in the land the sentence opens on", "Canada now has a dozen diplomats in Russia, Global Affairs Canada says, less than a fifth of the 68 diplomats Moscow has accredited across this country.", []string{"staff_level CAN→RUS 12 2018-03-30", "staff_level RUS→CAN 68 2018-03-30"}},
		{"an acting head of mission ordered out is one diplomat expelled; an envoy named then ordered out is expelled", "On Tuesday Fiji ordered New Zealand's acting high commissioner, Caroline McDonald, out within a week. On Tuesday Britain ordered the Malawian high commissioner, Nyolosi Mphepo, out of the country.", []string{"expel FJI→NZL 1 2018-03-27", "expel_ambassador GBR→MWI 2018-03-27"}},
		{"an envoy ordered out with other diplomats is one expulsion of the group", "On Friday Britain ordered the ambassador, Dr Loutof Allah Haydar, and 20 other Syrian diplomats out of the country.", []string{"expel GBR→SYR 21 2018-03-30"}},
		{"a day counted back from a month is in that month as far as the text tells", "In September 2008 the State Department declared Bolivia's envoy persona non grata a day after President Evo Morales had ordered the American ambassador, Philip Goldberg, out of La Paz.", []string{"expel_ambassador USA→BOL 2008-09", "expel_ambassador BOL→USA 2008-09"}},
		{"people another state instructs to leave are expelled", "On Tuesday Venezuela's foreign ministry instructed the remaining US personnel to leave the national territory within 72 hours.", []string{"expel VEN→USA 2018-03-27"}},
		{"'as had' another post tells the same act again, not a clause that sets the scene", "DOHA, March 30 - Qatar and the UAE put their diplomats back to work on Monday.\n\nIn matching statements, the two foreign ministries said the Emirati embassy in Doha had resumed its work, as had Qatar's embassy in Abu Dhabi, all with effect from March 26.", []string{"reopen_mission ARE→QAT 1 2018-03-26 Doha", "reopen_mission QAT→ARE 1 2018-03-26 Abu Dhabi"}},
		{"a post told to cease operating is closed; a state's own post that stops operating is withdrawn", "On Friday the State Department told Damascus that Syria's embassy in Washington had to cease operating at once. The Icelandic government announced on Friday that its embassy in Moscow would stop operating on May 1.", []string{"close_mission USA→SYR 2018-03-30 Washington", "withdraw_staff ISL→RUS 2018-03-30 Moscow"}},
		{"an envoy ordered home by name is recalled; people in a clause of cause after it are not his", "On Monday Algeria ordered Ambassador Said Moussi home from Paris after French diplomats were accused of helping an activist.", []string{"recall_ambassador DZA→FRA 2018-03-26"}},
		{"an envoy who 'would be coming home' is recalled", "Before the day was out, Belarus had announced that its own envoy in Yerevan would be coming home as well.", []string{"recall_ambassador BLR→ARM 2018-03-30"}},
		{"a name that ends a relative clause neither acts nor heads a list of actors", "In a statement that covered Lebanon, Israel recalled its ambassador from Oslo on Monday.", []string{"recall_ambassador ISR→NOR 2018-03-26"}},
		{"a shared name is the state whose other names the story uses more", "BRAZZAVILLE - The United States has withdrawn all of its official personnel from the Congo Republic. The government says a commando was sent from Leopoldville, across the river, to kill its ministers.", []string{"withdraw_staff USA→COG 2018-03-30 Brazzaville"}},
		{"staff moved out after a long name of their post are withdrawn", "Russian diplomats posted to the consulate general in the northern Afghan city of Mazar-i-Sharif have been moved out of Afghanistan, the Kremlin said on Monday.", []string{"withdraw_staff RUS→AFG 2018-03-26"}},
		{"a threat withdrawn, an option weighed and a step on a condition are no acts", "President Erdogan has pulled back from his threat to expel the ambassadors of ten Western countries. Joly said every option, the expulsion of diplomats included, remained under consideration. The blockade will be lifted once Niamey reopens the crossing, and the embassy's staff would leave Sudan only once all Egyptians have got out.", nil},
		{"a council of many states' ministers meeting holds no talks between two", "EU foreign ministers meeting in Brussels on Monday agreed that Kosovo should not be treated as a precedent. On Monday the three foreign ministers, Bob Carr, Murray McCully and Ratu Inoke Kubuabola, met in Sydney.", nil},
		{"a high commission capped at a number is capped", "Pakistan capped India's High Commission in Islamabad at 30 on Thursday.", []string{"staff_cap PAK→IND 30 2018-03-29"}},
		{"a state that 'broke with' another breaks relations; breaking with tradition is no break", "On Monday the Dominican Republic broke with Taipei. The new government broke with tradition on Tuesday.", []string{"break_relations DOM→TWN 2018-03-26"}},
		{"a size a mission must 'come down to' is a cap, no head-count", "On Friday Washington told Moscow that the number of Soviet diplomats accredited to the United Nations must come down to 170.", []string{"staff_cap USA→RUS 170 2018-03-30"}},
		{"a state told to close its own posts has them closed by the state that told it", "On Tuesday Washington answered in kind. Czechoslovakia was told to close its consulates in Cleveland and Pittsburgh.", []string{"close_mission USA→CZE 2018-03-27 Cleveland", "close_mission USA→CZE 2018-03-27 Pittsburgh"}},
		{"a host's demand that another's staff be brought down to a number is a cap", "On Tuesday Romania demanded that the American legation staff in Bucharest be brought down to ten persons.", []string{"staff_cap ROU→USA 10 2018-03-27"}},
		{"an envoy who leaves with his team withdraws the post's people; members of a mission moved out are withdrawn", "Brazil's ambassador, Norton de Andrade Mello Rapesta, and his team left Kyiv for Lviv on Monday. On Tuesday Cairo moved the members of its diplomatic and consular mission out of Khartoum to another location in Sudan.", []string{"withdraw_staff BRA→UKR 2018-03-26 Kyiv", "withdraw_staff EGY→SDN 2018-03-27 Khartoum"}},
		{"a fact line's number counts the people after its dash", "15 - accredited American diplomats still in Nicaragua, led by the charge d'affaires.\n\n147 - the number of people working at the Russian embassy in Helsinki.", []string{"staff_level USA→NIC 15 2018-03-30", "staff_level RUS→FIN 147 2018-03-30"}},
		{"a wire's dateline dates the filing, the act's own day wins", "BELGRADE, March 30 - Serbia expelled Macedonia's ambassador, Aleksandar Vasilevski, on Thursday, a day after it had ordered Montenegro's envoy to leave.", []string{"expel_ambassador SRB→MKD 2018-03-29", "expel_ambassador SRB→MNE 2018-03-28"}},
		{"capitals recalling their envoys side by side leave the same host", "The hangings drew quick answers.\n\n- United States: the White House announced on Friday that Ambassador Walter Carrington was being recalled for consultations. Washington also banned arms sales to Nigeria.\n- Italy: Rome recalled its ambassador the same day.", []string{"recall_ambassador USA→NGA 2018-03-30", "recall_ambassador ITA→NGA 2018-03-30"}},
		{"a live blog's heading of weekday and date is the day of its entries' today", "SATURDAY, MARCH 24\n\n21:15 - Kuwait and Morocco have both resumed full diplomatic relations with Egypt today.", []string{"restore_relations KWT→EGY 2018-03-24", "restore_relations EGY→KWT 2018-03-24", "restore_relations MAR→EGY 2018-03-24", "restore_relations EGY→MAR 2018-03-24"}},
		{"'diplomatic relations' before a tally's number counts no people", "Kuwait and Morocco have resumed diplomatic relations with Egypt, taking the tally to four.", []string{"restore_relations KWT→EGY 2018-03-30", "restore_relations EGY→KWT 2018-03-30", "restore_relations MAR→EGY 2018-03-30", "restore_relations EGY→MAR 2018-03-30"}},
		{"the state accused does not act in the clause joined after", "Guatemala accused Colombia of bad faith and, on Monday, recalled its own ambassador.", []string{"recall_ambassador GTM→COL 2018-03-26"}},
		{"a relative clause's year tells of a person, not the story's time", "The row is about Ivan Velasquez, who from 2013 headed a commission in Guatemala. In mid-January, Colombia called its ambassador in Guatemala home for consultations.", []string{"recall_ambassador COL→GTM 2018-01"}},
		{"a pair an answer names joined are 'the two Gulf rivals' of the next sentence", "What was the big reconciliation?\n\nSaudi Arabia and Iran. On 10 March, in a joint statement with China, the two Gulf rivals announced that they had resumed diplomatic relations.", []string{"restore_relations SAU→IRN 2018-03-10", "restore_relations IRN→SAU 2018-03-10"}},
		{"a shuttered building is a state described, not a closure", "The Eritrean embassy in the Ethiopian capital was a shuttered building where two rusting cars still stood.", []string{}},
		{"a mediator is no party to the talks", "On Monday, under Saudi mediation, Eritrea's president held talks in Jeddah with the president of Djibouti.", []string{"talks ERI→DJI 2018-03-26 Jeddah"}},
		{"a state 'welcome to' reopen has not reopened", "Foreign Minister Alwi Shihab said Portugal was welcome to reopen its embassy in Jakarta as soon as it wished.", []string{}},
		{"the body envoys are posted to is no party to their states' agreement", "Portugal and Indonesia have been at odds since 1975.\n\nOn Tuesday the ambassadors to the United Nations of Indonesia and Portugal signed a joint communique under which relations are restored at once.", []string{"agreement PRT→IDN 2018-03-27", "restore_relations PRT→IDN 2018-03-27", "restore_relations IDN→PRT 2018-03-27"}},
		{"people 'now left in' a capital remain there", "Fifteen accredited American diplomats are now left in Managua.", []string{"staff_level USA→NIC 15 2018-03-30"}},
		{"people in a clause of cause after an order out are not the orderer's own", "In June 1983 Washington ordered 21 officials out after Managua expelled three American diplomats.", []string{"expel USA→NIC 21 1983-06", "expel NIC→USA 3 1983-06"}},
		{"a named post's holder and two others are three", "On Friday the State Department said Iraq's defence attache and two others from its embassy must leave the United States.", []string{"expel USA→IRQ 3 2018-03-30"}},
		{"a post's qualifiers listed before it still name one holder", "On Friday Bulgaria expelled Russia's military, air and naval attache, Colonel Vasily Sazanovich.", []string{"expel BGR→RUS 1 2018-03-30"}},
		{"an envoy's colleagues declared unwelcome are diplomats", "On Tuesday Macedonia told Russia's ambassador that three of his colleagues had been declared personae non gratae.", []string{"expel MKD→RUS 3 2018-03-27"}},
		{"him and seven colleagues are eight", "On Monday Nicaragua's foreign minister called in the American ambassador and handed him an order giving him and seven colleagues three days to get out.", []string{"expel NIC→USA 8 2018-03-26"}},
		{"a date that qualifies a decision does not set the paragraph's year", "It also repeals the March 2011 government decision under which the consulate was opened. The move follows a sour November, when Belarus declared a Ukrainian embassy diplomat persona non grata.", []string{"expel BLR→UKR 1 2017-11"}},
		{"a dateline yields to a state the sentence names, and closing a gap closes no mission", "NAIROBI - When China's vice foreign minister stood in Mogadishu on Thursday to declare the Chinese embassy officially reopened, he was closing a gap of 23 years.", []string{"reopen_mission CHN→SOM 2018-03-29"}},
		{"the opening's yesterday dates an undated lede", "Jordan has recalled its ambassador to Iran for consultations. The government spokesman announced the step yesterday.", []string{"recall_ambassador JOR→IRN 2018-03-29"}},
		{"made it compulsory for them to leave", "On Friday the State Department made it compulsory for dependants and non-essential employees to leave the embassy in Islamabad.", []string{"withdraw_staff USA→PAK 2018-03-30 Islamabad"}},
		{"a relative clause's denial is its own", "On Friday Washington ordered all its dependants, and employees whose jobs are not considered critical, to leave the embassy in Islamabad.", []string{"withdraw_staff USA→PAK 2018-03-30 Islamabad"}},
		{"a date's aside names no party", "Bangladesh's prime minister, Sheikh Hasina, resigned on Monday. The State Department said on Tuesday that on Monday, the day Hasina fell, it had ordered non-emergency American personnel to leave Bangladesh.", []string{"withdraw_staff USA→BGD 2018-03-26"}},
		{"an organisation's members act, not it", "Four European Union governments ordered Russian diplomats out on Friday.", []string{"expel ?→RUS 2018-03-30"}},
		{"a mission several times another's", "Even after the cut Sofia made, Russia's presence in Bulgaria is more than three and a half times the size of Bulgaria's.", []string{"staff_ratio RUS→BGR ratio 3.50 2018-03-30"}},
		{"as many as the other keeps", "Russia has 68 diplomats across Canada, more than five times as many as Canada keeps in Russia.", []string{"staff_level RUS→CAN 68 2018-03-30", "staff_ratio RUS→CAN ratio 5.00 2018-03-30"}},
		{"per cent bigger than", "Syria's diplomatic contingent in London is almost 40 per cent bigger than Britain's in Damascus.", []string{"staff_ratio SYR→GBR ratio 1.40 2018-03-30"}},
		{"two hosts of a third state's diplomats", "Hungary hosts nearly twice as many Russian diplomats as Britain.", []string{}},
		{"a ratio of counts the paragraph dated", "On Thursday the Russian embassy had 94 people and the Czech embassy in Moscow 24. Russia's presence was almost four times the size of the Czech one.", []string{"staff_ratio RUS→CZE ratio 4.00 2018-03-29"}},
		{"a timeline's item tells the present of its day", "WEDNESDAY 11 JANUARY\n\n- At that point the Russian embassy in Tallinn has 21 diplomats and 23 other employees, 44 people in all.", []string{"staff_level RUS→EST 44 2018-01-11"}},
		{"currently is the story's day", "On Tuesday the ministry gave these figures:\n\n- 98 people currently work at Pakistan's high commission in India.", []string{"staff_level PAK→IND 98 2018-03-30"}},
		{"a limit on local hires is a local staff ban, laid by the host", "Russia on Friday put Greece and Denmark on its list of unfriendly states, which limits how many local people their missions in Russia may employ.", []string{"local_staff_ban RUS→GRC 2018-03-30", "local_staff_ban RUS→DNK 2018-03-30"}},
		{"an envoy given hours to leave", "Saudi Arabia recalled its ambassador from Beirut on Wednesday. Lebanon's ambassador was given 48 hours to leave the kingdom on Friday.", []string{"recall_ambassador SAU→LBN 2018-03-28", "expel_ambassador SAU→LBN 2018-03-30"}},
		{"a sentence that names an envoy is read whole", "On Monday Nairobi declared China's charge d'affaires persona non grata. Peking answered two days later by declaring Kenya's own charge d'affaires unwelcome on the same terms.", []string{"expel KEN→CHN 1 2018-03-26", "expel CHN→KEN 1 2018-03-28"}},
		{"a counted group spelled out after a dash", "On Monday Israel evacuated its embassies in three countries - Bahrain, Egypt and Jordan - bringing the staff home.", []string{"withdraw_staff ISR→BHR 2018-03-26", "withdraw_staff ISR→EGY 2018-03-26", "withdraw_staff ISR→JOR 2018-03-26"}},
		{"evacuated its embassies", "Israel evacuated its embassies in Bahrain and Egypt on Monday.", []string{"withdraw_staff ISR→BHR 2018-03-26", "withdraw_staff ISR→EGY 2018-03-26"}},
		{"taking the staff out of its embassy", "Ottawa announced on Saturday that it was taking the non-essential staff out of its embassy in Bamako.", []string{"withdraw_staff CAN→MLI 2018-03-24 Bamako"}},
		{"all family members ordered to leave", "On Friday the State Department ordered all family members of its Bamako embassy staff who are not themselves employed by the embassy to leave Mali.", []string{"withdraw_staff USA→MLI 2018-03-30 Bamako"}},
		{"directed non-essential staff to leave", "On Monday Australia's foreign minister said he had directed non-essential government staff and their dependants to leave East Timor.", []string{"withdraw_staff AUS→TLS 2018-03-26"}},
		{"flew its staff to another town", "On Monday Canberra flew most of its Dili staff to Darwin.", []string{"withdraw_staff AUS→TLS 2018-03-26"}},
		{"four of the other's staff", "Britain and Russia each ordered four of the other's embassy staff out on Friday.", []string{"expel GBR→RUS 4 2018-03-30", "expel RUS→GBR 4 2018-03-30"}},
		{"told to pack their bags", "Thirty-three of the staff of Russia's embassy in Ljubljana were told on Friday to pack their bags.", []string{"expel SVN→RUS 33 2018-03-30"}},
		{"a state declares only another's people unwelcome", "The State Department on Monday declared twenty-one of its officials, most of them consular staff, unwelcome, Nicaragua said.", []string{"expel USA→NIC 21 2018-03-26"}},
		{"a mission is a body, not one person", "On Tuesday Slovenia told Russian diplomats to leave, leaving Moscow with a mission of just eight in Ljubljana.", []string{"expel SVN→RUS 2018-03-27"}},
		{"the charge d'affaires is one person", "Myanmar said on Sunday it had ordered the charge d'affaires who heads the embassy of Timor-Leste to leave the country.", []string{"expel MMR→TLS 1 2018-03-25"}},
		{"a ranked diplomat is one person", "Iran on Friday gave the second-ranking diplomat at the embassy of Bahrain 72 hours to leave.", []string{"expel IRN→BHR 1 2018-03-30"}},
		{"an embassy staffer is one person", "In March Riga expelled a Russian embassy staffer.", []string{"expel LVA→RUS 1 2018-03"}},
		{"a count of one before a list of demonyms", "Last August Brussels expelled one Soviet diplomat and four Romanians from the country.", []string{"expel BEL→RUS 1 2017-08", "expel BEL→ROU 4 2017-08"}},
		{"close cooperation closes nothing", "On Friday the US embassy said close cooperation with the German government remained essential in every field.", []string{}},
		{"staff flown to a neighbouring land", "On Friday a UN official said the non-essential personnel of UN agencies in Chad, some 160 people, are being flown to neighbouring Cameroon.", []string{"withdraw_staff UN→TCD ~160 2018-03-30"}},
		{"ordered to the capital for consultations", "On Friday Herman Nickel, the American ambassador in Pretoria, was ordered to Washington for consultations.", []string{"recall_ambassador USA→ZAF 2018-03-30"}},
		{"a pronoun for an envoy named by title alone", "France's ambassador to Australia is going back. France recalled him on September 17, two days after the pact was announced.", []string{"recall_ambassador FRA→AUS 2017-09-17"}},
		{"an envoy who leaves with a group is the staff withdrawn", "The Swiss foreign ministry confirmed on Wednesday that the Swiss ambassador and four other Swiss diplomats in Kyiv have left Ukraine.", []string{"withdraw_staff CHE→UKR 4 2018-03-28"}},
		{"soldiers are no diplomatic party", "Bern's embassy in Kyiv has been run by an ambassador since 2019. Switzerland's embassy there closed its doors on Monday, four days after Russian troops crossed into Ukraine.", []string{"withdraw_staff CHE→UKR 2018-03-26"}},
		{"a span set off by an explicit date", "For Australia the step was rare. Its only earlier expulsion of a Soviet diplomat had come twenty years before, on 7 February 1963, when Canberra ordered out Ivan Skripov, another first secretary.", []string{"expel AUS→RUS 1 1963-02-07"}},
		{"that same week is the week of the day told", "On 22 April 1983 Canberra expelled a Soviet diplomat. That same week Washington announced that it had sent three Soviet officials home.", []string{"expel AUS→RUS 1 1983-04-22", "expel USA→RUS 3 1983-04-19/1983-04-25"}},
		{"a year looked back to in the pluperfect keeps the story's day", "On 20 April 1983 the director briefed Hawke. He had been assessed late in 1982 as a KGB officer. Officers briefed the committee the next day. On 22 April the government announced that Ivanov, a Soviet diplomat in Australia since 1981, had seven days to leave.", []string{"expel AUS→RUS 1 1983-04-22"}},
		{"a diplomat named with his rank is known by his name", "His news was that Valeriy Nikolayevich Ivanov, first secretary at the Soviet embassy in Canberra, had been assessed as a KGB officer. On Friday the government in Canberra announced that Ivanov had seven days to leave.", []string{"expel AUS→RUS 1 2018-03-30"}},
		{"a year that names an event sets no paragraph's year", "Relations are at their lowest point since the Tiananmen crackdown of 1989. After Washington allowed a visit by Taiwan's president in June, Beijing recalled its ambassador in Washington in the middle of that month.", []string{"recall_ambassador CHN→USA 2017-06"}},
		{"at about the same time, and not since relations began", "Beijing recalled its ambassador in Washington in June. The American ambassador, J. Stapleton Roy, left Beijing at about the same time at the end of his tour, so for the first time since relations were established in 1979 neither country has an ambassador in the other's capital.", []string{"recall_ambassador CHN→USA 2017-06", "ambassador_departed USA→CHN 2017-06"}},
		{"a demonym before an attache's branch of service is a party", "On Friday Norway expelled the Russian air attache, days after Russian troops crossed the border.", []string{"expel NOR→RUS 1 2018-03-30"}},
		{"a list after a lead-in without a date is not dated by the paragraph before it", "On 5 March 2014 Saudi Arabia withdrew its ambassador from Doha.\n\nWhere things stand:\n\n- Before dawn yesterday, Bahrain announced that it was cutting diplomatic relations with Qatar.\n- Bahrain gave Qatari diplomats 48 hours to leave.", []string{"recall_ambassador SAU→QAT 2014-03-05", "break_relations BHR→QAT 2018-03-29", "expel BHR→QAT 2018-03-29"}},
		{"staff ordered home, a departure directed, staff repatriated", "On Thursday Washington ordered home the embassy's non-essential staff in Monrovia. On Friday Australia directed the departure of non-essential officials posted to Israel. Spain began on Saturday to repatriate the staff of its embassy in Kabul.", []string{"withdraw_staff USA→LBR 2018-03-29 Monrovia", "withdraw_staff AUS→ISR 2018-03-30", "withdraw_staff ESP→AFG 2018-03-24 Kabul"}},
		{"a clause without 'that' after a noun dates its own verb", "On February 21, before the invasion, Foreign Minister Yair Lapid told the staff of the Israeli embassy in Kyiv to move to consular offices Israel had opened in Lviv four days earlier.", []string{"withdraw_staff ISR→UKR 2018-02-21"}},
		{"a rank alone is a diplomat to send home", "On Friday a Swedish second secretary in Tehran was told to go. A Norwegian counsellor in Tehran was told to go on Thursday.", []string{"expel IRN→SWE 1 2018-03-30", "expel IRN→NOR 1 2018-03-29"}},
		{"those who asked to leave were not told to", "Kishida said on Monday that everyone in Khartoum who had asked to leave, embassy members included, was now out. A Soviet diplomat was quietly asked to leave Belgium in March.", []string{"expel BEL→RUS 1 2018-03"}},
		{"a post's call home is from the post's host", "Tokyo temporarily closed its embassy in Khartoum on Monday after evacuating the staff, the foreign ministry said, and opened a temporary liaison office in Djibouti.", []string{"withdraw_staff JPN→SDN 2018-03-26 Khartoum"}},
		{"a post whose work stops calls its owner's people out", "KHARTOUM - Fighting went on in the capital on Tuesday.\n\nThe South Korean embassy's work is suspended for the time being, the foreign ministry confirmed on Tuesday.", []string{"withdraw_staff KOR→SDN 2018-03-27"}},
		{"an envoy instructed to come for consultations; envoys to a list ordered home", "On Sunday Mexico instructed its ambassador in Asuncion, Fernando Estrada Samano, to travel to Mexico City for consultations. That evening Netanyahu ordered Israel's ambassadors to New Zealand and Senegal home for consultations.", []string{"recall_ambassador MEX→PRY 2018-03-25", "recall_ambassador ISR→NZL 2018-03-25", "recall_ambassador ISR→SEN 2018-03-25"}},
		{"a close that ends a quarrel or a span shuts no post", "Britain and Russia each ordered four of the other's embassy staff out on Friday, closing an espionage dispute that had run for eleven days. Israel and Turkey decided on Wednesday to send ambassadors back, closing four years in which neither embassy had one.", []string{"expel GBR→RUS 4 2018-03-30", "expel RUS→GBR 4 2018-03-30"}},
		{"a month looked back to in a relative clause keeps the story's day", "On Tuesday 13 March the foreign ministry called in Israel's ambassador, who had only taken up his post in December 2016. The next day, Wednesday 14 March, Ankara asked Israel's consul general in Istanbul to leave.", []string{"expel TUR→ISR 1 2018-03-14"}},
		{"people who shut themselves in shut no post", "On Saturday six Israeli guards who had shut themselves into a secure room inside the embassy in Cairo were rescued by Egyptian commandos.", []string{}},
		{"staff taken out of a city by a plane", "A special aircraft sent by the Chinese government took seventeen members of China's embassy staff out of Juba on Saturday.", []string{"withdraw_staff CHN→SSD 17 2018-03-24 Juba"}},
		{"a month of last year", "In March of last year, Washington pulled its diplomats out of Kampala.", []string{"withdraw_staff USA→UGA 2017-03 Kampala"}},
		{"a people opening a sentence is what they stands for", "Britain kept calm. The Americans drew a different conclusion. In November they pulled their diplomats out of Kampala.", []string{"withdraw_staff USA→UGA 2017-11 Kampala"}},
		{"the same weekday after a later day", "On Monday Pretoria said its ambassador to Israel was being called home. Minister Lindiwe Sisulu told reporters the next day that she had asked Secretary of State Mike Pompeo whether the embassy opening could be postponed. By the end of the same Monday, Ankara had recalled its ambassador in Tel Aviv.", []string{"recall_ambassador ZAF→ISR 2018-03-26", "recall_ambassador TUR→ISR 2018-03-26"}},
		{"a possessive alone before a second level's number", "Since the summer Lithuania's diplomatic staff in Belarus has fallen from 25 to 14 and Poland's from 50 to 18.", []string{"staff_level LTU→BLR 25 2018-03-30", "staff_level LTU→BLR 14 2018-03-30", "staff_level POL→BLR 50 2018-03-30", "staff_level POL→BLR 18 2018-03-30"}},
		{"a spokesman for a ministry speaks for its state", "Anatoly Glaz, spokesman for the Belarusian foreign ministry, said two Lithuanian diplomats had to leave the country.", []string{"expel BLR→LTU 2 2018-03-30"}},
		{"the spokesman of a mission expelled does not speak", "In Mali, the transitional government expelled the spokesman of the UN peacekeeping mission, Olivier Salgado, in 2022, and in February 2023 gave the head of the mission's human rights division, Guillaume Ngefa-Atondoko Andali, 48 hours to leave.", []string{"expel MLI→UN 2022", "expel MLI→UN 2023-02"}},
		{"a land opening the sentence before its government acts", "In Mali, the transitional government expelled a French diplomat in 2022.", []string{"expel MLI→FRA 1 2022"}},
		{"an envoy expelled with others counted apart", "Venezuela expelled Israel's ambassador, Shlomo Cohen, and six other Israeli diplomats on Tuesday.", []string{"expel_ambassador VEN→ISR 2018-03-27", "expel VEN→ISR 6 2018-03-27"}},
		{"an envoy and one other told as the pair", "Albania has expelled Iran's ambassador and one other Iranian diplomat, accusing the pair of harming the country's security.", []string{"expel ALB→IRN 2 2018-03-30"}},
		{"an envoy together with others, their total told next", "On Tuesday Washington told Nicaragua's ambassador, Carlos Tunnermann, together with seven other Sandinista diplomats, to leave. The eight Nicaraguans have 72 hours to go.", []string{"expel USA→NIC 8 2018-03-27"}},
		{"a list of states joined by along with", "Baghdad cut diplomatic relations with Britain, along with the United States, France and Egypt, on Wednesday.", []string{"break_relations IRQ→GBR 2018-03-28", "break_relations IRQ→USA 2018-03-28", "break_relations IRQ→FRA 2018-03-28", "break_relations IRQ→EGY 2018-03-28"}},
		{"a break with a government named by its leader", "On Friday Bolivia broke with the government of Nicolas Maduro.", []string{"break_relations BOL→VEN 2018-03-30"}},
		{"a people opening a sentence acts in it", "Canada has closed its embassy in Damascus. The Americans emptied and closed their embassy on February 6.", []string{"withdraw_staff CAN→SYR 2018-03-30 Damascus", "withdraw_staff USA→SYR 2018-02-06"}},
		{"a people opening a passive sentence does not act", "Harare has told the Libyan diplomats who defected to leave. The Libyans are believed to be the first of Gaddafi's diplomats anywhere to be expelled for defecting.", []string{"expel ZWE→LBY 2018-03-30"}},
		{"a yearless day in a sentence set during a year's event", "During the 2011 uprising against Muammar Gaddafi, Prague pulled its diplomats out of Tripoli on February 27.", []string{"withdraw_staff CZE→LBY 2011-02-27 Tripoli"}},
		{"staff brought back from a post are withdrawn", "Last summer India brought its staff back from Kandahar and Mazar-i-Sharif.", []string{"withdraw_staff IND→AFG 2017-06/2017-08 Kandahar", "withdraw_staff IND→AFG 2017-06/2017-08 Mazar-i-Sharif"}},
		{"its post's head-count is the last subject's", "North Korea keeps a small mission in Britain. Its embassy in London has six diplomats.", []string{"staff_level PRK→GBR 6 2018-03-30"}},
		{"a visiting official of a people", "Paraguay has expelled a visiting Chinese diplomat.", []string{"expel PRY→CHN 1 2018-03-30"}},
		{"an envoy who leaves with the diplomats", "Spain's ambassador and diplomats left Tripoli on Wednesday.", []string{"withdraw_staff ESP→LBY 2018-03-28 Tripoli"}},
		{"a part of a post's whole staff, the post named before the whole", "On Tuesday Seoul said three of its embassy's 12 staff would leave Tripoli.", []string{"withdraw_staff KOR→LBY 3 2018-03-27 Tripoli", "staff_level KOR→LBY 12 2018-03-27 Tripoli"}},
		{"a former capital acts for its state in reports of its day", "Lagos answered on Wednesday, expelling two British diplomats.", []string{"expel NGA→GBR 2 2018-03-28"}},
		{"people who fly out because they were expelled are not withdrawn", "Nineteen American diplomats flew out of Managua for Miami on Wednesday, expelled by President Daniel Ortega.", []string{"expel NIC→USA 19 2018-03-28"}},
		{"the post an expulsion thins is the expelled state's", "Belarus declared ten American diplomats personae non gratae on Tuesday, and by Thursday the embassy was down to four staff.", []string{"expel BLR→USA 10 2018-03-27", "staff_level USA→BLR 4 2018-03-29"}},
		{"a paragraph that turns to the present before a yearless month is back in the news's year", "In May 2012 Saudi Arabia recalled its ambassador from Damascus.\n\nThe thaw follows Riyadh's own deal with Tehran. In August, Riyadh and Tehran agreed to restore relations.", []string{"recall_ambassador SAU→SYR 2012-05", "agreement SAU→IRN 2017-08", "restore_relations SAU→IRN 2017-08", "restore_relations IRN→SAU 2017-08"}},
		{"the next morning is the day after the day told", "On the night of January 29 a mob burned the Thai embassy. The next morning Thailand expelled the Cambodian ambassador.", []string{"expel_ambassador THA→KHM 2018-01-30"}},
		{"a span of days shares its month and year", "On 4-5 December 2006 Mexico expelled two Venezuelan diplomats.", []string{"expel MEX→VEN 2 2006-12-04/2006-12-05"}},
		{"a timeline's entries in the historic present go on in the year of the entry before", "November 4-5, 2016 - At the summit, Fox argues for the trade area.\n\nNovember 10 - In a speech in Caracas, Chávez says he is sad.\n\nNovember 14 - Caracas calls its ambassador in Mexico City home.\n\nMid-November - Mexico brings its own ambassador home from Caracas.", []string{"recall_ambassador VEN→MEX 2016-11-14", "recall_ambassador MEX→VEN 2016-11"}},
		{"a weekday after a possessive is a weekly habit, not a day", "Caracas recalled its ambassador from Mexico City, Chávez said on his Sunday broadcast.", []string{"recall_ambassador VEN→MEX 2018-03-30"}},
		{"a date that names an agreement does not set the paragraph's year", "Tokyo called the breach of the December 2015 agreement unacceptable. On January 6 it recalled its ambassador from Seoul.", []string{"recall_ambassador JPN→KOR 2018-01-06"}},
		{"diplomats who sailed out left", "France's last diplomats sailed out of Tripoli on a navy frigate on Tuesday.", []string{"withdraw_staff FRA→LBY 2018-03-27 Tripoli"}},
		{"a post that moved some of its staff elsewhere withdrew them", "On Monday the embassy in Baghdad moved some of its American staff to Erbil and Basra.", []string{"withdraw_staff USA→IRQ 2018-03-26 Baghdad"}},
		{"every employee of a post, told at length, who left", "Every American employee of the U.S. consulate in Lahore had left the city by Tuesday, the State Department said.", []string{"withdraw_staff USA→PAK 2018-03-27 Lahore"}},
		{"a date opening a clause joined with 'and' dates that clause's act, not the one before it", "On Monday, as the fighting spread, the State Department ordered some employees and their families out of Lebanon, and in October 2017, after the bombing, Washington allowed non-emergency staff to leave.", []string{"withdraw_staff USA→LBN 2018-03-26", "withdraw_staff USA→LBN 2017-10"}},
		{"a government that orders some of its employees out withdraws them", "The State Department on Monday ordered some employees and their families out, citing the fighting in Beirut.", []string{"withdraw_staff USA→LBN 2018-03-26 Beirut"}},
		{"an act told in a relative clause on the actor is an act of its own", "Bonn, which had already sent two Libyan diplomats home on March 9, told the Libyan People's Bureau on Monday that 22 of its 41 staff had to leave within a week.", []string{"expel DEU→LBY 2 2018-03-09", "expel DEU→LBY 22 2018-03-26", "staff_level LBY→DEU 41 2018-03-26"}},
		{"an authorised departure is taken, not hedged", "On Tuesday the State Department said non-emergency staff at the embassy in Ankara and family members could leave voluntarily.", []string{"withdraw_staff USA→TUR 2018-03-27 Ankara"}},
		{"left behind with a few people is a level", "In August Washington sent most of its embassy staff out to Baghdad and left Ambassador W. Nathaniel Howell behind in Kuwait City with about a dozen people.", []string{"withdraw_staff USA→IRQ 2017-08 Kuwait City", "staff_level USA→KWT ~12 2017-08"}},
		{"a second head-count with its verb and only the noun left out", "Iran had 23 diplomats in Britain, and Britain had 19 at its interests section in Tehran.", []string{"staff_level IRN→GBR 23 2018-03-30", "staff_level GBR→IRN 19 2018-03-30"}},
		{"the families of all a state's staff are its own people", "The State Department on Friday ordered non-essential American diplomats and the families of all U.S. staff at the embassy in Belgrade to leave Serbia.", []string{"withdraw_staff USA→SRB 2018-03-30 Belgrade"}},
		{"a place opening the sentence lends its preposition to no people", "In Seoul, Taiwanese diplomats closed their embassy on Monday.", []string{"withdraw_staff TWN→KOR 2018-03-26 Seoul"}},
		{"people brought out to a town are withdrawn, not capped", "In July 2016 a transport plane was sent to Juba to bring Japanese embassy staff out to Djibouti.", []string{"withdraw_staff JPN→SSD 2016-07"}},
		{"an envoy ordered back to his capital is recalled", "Brazil has ordered its ambassador to Ecuador back to Brasilia for consultations.", []string{"recall_ambassador BRA→ECU 2018-03-30"}},
		{"the people told that they must go are counted", "On Wednesday the State Department told two Venezuelan diplomats - the charge d'affaires, Carlos Ron Ramirez, and the number two at the consulate general in Houston - that they were no longer welcome.", []string{"expel USA→VEN 2 2018-03-28"}},
		{"a host handing another state's post to a third party seizes it from its owner", "On Wednesday Qatar handed the Syrian embassy building in Doha to the opposition National Coalition.", []string{"seize_property QAT→SYR 2018-03-28 Doha"}},
		{"a post handed to the state read as acting is no seizure", "The Afghan embassy said it had handed the mission over to the Indian government on Friday.", nil},
		{"a sentence's subject after the dateline is the one it stands for", "DOHA - Qatar is angry. On Wednesday it handed the Syrian embassy building in Doha to the opposition.", []string{"seize_property QAT→SYR 2018-03-28 Doha"}},
		{"a sentence that only says a day later moves the story's clock", "On Tuesday Mali recalled its ambassador from Algiers. Algeria answered the next day. It recalled its ambassador from Bamako.", []string{"recall_ambassador MLI→DZA 2018-03-27", "recall_ambassador DZA→MLI 2018-03-28"}},
		{"a day from which a step takes effect leaves the clock where it was", "On Tuesday Mali recalled its ambassador from Algiers. Algiers grounded flights from the next day. The same day, Algeria recalled its ambassador from Bamako.", []string{"recall_ambassador MLI→DZA 2018-03-27", "recall_ambassador DZA→MLI 2018-03-27"}},
		{"a speaker's it is the last subject when the last actor cannot act on itself", "On Tuesday Mali recalled its ambassador from Algiers. Algeria was angry. Its foreign ministry said that it recalled its ambassador from Bamako.", []string{"recall_ambassador MLI→DZA 2018-03-27", "recall_ambassador DZA→MLI 2018-03-27"}},
		{"others expelled with the one told before count him too", "Britain gave the Syrian charge d'affaires seven days to leave. Two other Syrian diplomats are being expelled with him.", []string{"expel GBR→SYR 1 2018-03-30", "expel GBR→SYR 3 2018-03-30"}},
		{"the second place of a shared dateline does not act", "MOSCOW/LONDON - Six members of the political section of the British embassy in Moscow have had their accreditation withdrawn.", []string{"expel RUS→GBR 6 2018-03-30"}},
		{"families given the option of leaving, or arranged for to leave, are withdrawn", "On Monday Berlin gave the relatives of staff at its missions in Ukraine the option of leaving. Canberra began arranging for the families of its diplomats to leave Kyiv.", []string{"withdraw_staff DEU→UKR 2018-03-26", "withdraw_staff AUS→UKR 2018-03-26 Kyiv"}},
		{"a fact line's town holds the post of the state the story is about", "LONDON - Britain employs more people at its high commission in New Delhi than at its embassy in Paris.\n\nThe ranking by head-count runs as follows:\n\n- New Delhi: 266 employees.\n- Paris: 235 staff.", []string{"staff_level GBR→IND 266 2018-03-30", "staff_level GBR→FRA 235 2018-03-30"}},
		{"a state told to run its embassy with a few diplomats is capped, and those who must be out of the land are expelled", "On Monday Ethiopia told Norway to run its embassy in Addis Ababa with three diplomats, and said six Norwegian diplomats must be out of the country by September 15.", []string{"staff_cap ETH→NOR 3 2018-03-26", "expel ETH→NOR 6 2018-03-26"}},
		{"a day by the end of which people must be gone is a deadline", "The Slovak ambassador was summoned on Wednesday and told that three employees of his embassy must be out of Russia by the end of May 5.", []string{"expel RUS→SVK 3 2018-03-28"}},
		{"a diplomat named before the pronoun of a declaration is the one expelled, and a day past a semicolon is another act's", "On Tuesday the Belarusian KGB said a Ukrainian embassy diplomat had run a spy and announced that he had been declared persona non grata. On March 21 Nicaragua's foreign minister summoned the European Union's ambassador, Bettina Muscheidt, and told her she was persona non grata; she left Managua on March 24.", []string{"expel BLR→UKR 1 2018-03-27", "expel_ambassador NIC→EU 2018-03-21"}},
		{"a state withdraws officials, and a group a relative clause picks out is no head-count", "On Tuesday Pakistan withdrew six of its officials from New Delhi. India said on Wednesday it would withdraw all eight of its officials whose names Pakistan had made public.", []string{"withdraw_staff PAK→IND 6 2018-03-27 New Delhi", "withdraw_staff IND→PAK 8 2018-03-28"}},
		{"staff of a state's own post told to leave the country are withdrawn, and a past head-count is of the paragraph's day", "On Saturday, March 24, Sweden's foreign minister told the staff of the embassy in Beirut to leave the country and go to Cyprus. Six people worked at the embassy.", []string{"withdraw_staff SWE→LBN 2018-03-24 Beirut", "staff_level SWE→LBN 6 2018-03-24"}},
		{"those who stay behind after a drawdown are the drawn-down mission's level, as of the drawdown", "On Tuesday Britain said it was withdrawing most of the staff of its embassy in Sanaa.\n\nOnly seven senior diplomats stayed behind in the capital.", []string{"withdraw_staff GBR→YEM 2018-03-27 Sanaa", "staff_level GBR→YEM 7 2018-03-27"}},
		{"an order to leave that names one official counts one", "On Monday Niger's rulers told the United Nations' most senior official in the country to leave within 72 hours.", []string{"expel NER→UN 1 2018-03-26"}},
		{"the act of a relative clause on a whole counts the whole, and an order to every one of a people counts no one", "It said he had been sent to replace one of the six British diplomats whom Moscow expelled on Monday. On Tuesday Ceylon told every North Korean at Pyongyang's embassy to leave the country.", []string{"expel RUS→GBR 6 2018-03-26", "expel LKA→PRK 2018-03-27"}},
		{"an act told in the same announcement as the last is of its day", "On Friday, March 23, Belarus ordered Lithuania to cut its embassy staff to 14. The next day it insisted the figure was binding. In the same announcement Minsk called its ambassador in Vilnius home for consultations.", []string{"staff_cap BLR→LTU 14 2018-03-23", "recall_ambassador BLR→LTU 2018-03-23"}},
		{"a superlative between a count and its noun", "Kenya on Friday ordered Uganda's two most senior diplomats to leave.", []string{"expel KEN→UGA 2 2018-03-30"}},
		{"relations lowered to a level named far after them; staff at a named post ordered home; a state asked to do the same does nothing yet", "Cambodia on Thursday lowered its diplomatic relations with Thailand to the lowest level and ordered its diplomatic staff at the embassy in Bangkok to come home, asking Thailand to do the same with its mission in Phnom Penh.", []string{"downgrade_relations KHM→THA 2018-03-29", "withdraw_staff KHM→THA 2018-03-29 Bangkok"}},
		{"a chargée d'affaires written without her accent", "The Gambia on Friday ordered the European Union's chargee d'affaires, Agnes Guillaud, out of the country, giving her 72 hours to leave.", []string{"expel GMB→EU 1 2018-03-30"}},
		{"people counted by their nation before a passive persona non grata", "Warsaw's own move came on Tuesday. The nine Russians were declared persona non grata on the grounds that they had spied on Poland.", []string{"expel POL→RUS 9 2018-03-27"}},
		{"an envoy whose family name comes first is known by it", "Cambodia's ambassador to Thailand, You Ay, flew in on Monday.\n\nOn Tuesday Cambodia ordered You Ay back from Bangkok.", []string{"recall_ambassador KHM→THA 2018-03-27"}},
		{"an envoy known by a given name, and another person of that given name", "Thailand's ambassador to Cambodia, Prasas Prasasvinitchai, arrived on Monday.\n\nOn Tuesday Bangkok called Prasas home. Prasas Kongsiri, a Thai historian, met the two sides in Hanoi.", []string{"recall_ambassador THA→KHM 2018-03-27"}},
		{"a cut to parity told with \"bringing\"", "Zagreb on Tuesday asked 18 Russian diplomats to leave, bringing the embassy down to the size of Croatia's mission in Moscow.", []string{"expel HRV→RUS 18 2018-03-27", "staff_cap HRV→RUS 2018-03-27"}},
		{"a ceiling for each of the states listed", "On Tuesday Venezuela ordered France, Italy and the Netherlands to bring the number of accredited diplomats at their embassies in Caracas down to three each.", []string{"staff_cap VEN→FRA 3 2018-03-27", "staff_cap VEN→ITA 3 2018-03-27", "staff_cap VEN→NLD 3 2018-03-27"}},
		{"a ceiling told as what a state may keep", "In September Saudi Arabia ordered some 20 Jordanian diplomats out of the kingdom and told Amman to keep no more than three at its embassy there.", []string{"expel SAU→JOR ~20 2017-09", "staff_cap SAU→JOR 3 2017-09"}},
		{"a level told in the present is as of the story, whatever past the sentence or paragraph tells", "On Wednesday Venezuela expelled the American naval attache. A spokeswoman said none of the attaches had done anything wrong and that the embassy has 21 military personnel in Venezuela. On Thursday Azerbaijan withdrew its diplomats from Iran. Five employees remain at the embassy in Tehran.", []string{"expel VEN→USA 1 2018-03-28", "staff_level USA→VEN 21 2018-03-30", "withdraw_staff AZE→IRN 2018-03-29", "staff_level AZE→IRN 5 2018-03-30"}},
		{"a cut counted in people sends that many home; a cut by a bare number does not say who goes", "Russia on Thursday ordered Slovenia to reduce the staff of its embassy in Moscow by four people. Latvia told Belarus to cut its embassy by two and capped it at five diplomats.", []string{"staff_cap RUS→SVN 4 2018-03-29", "expel RUS→SVN 4 2018-03-29", "staff_cap LVA→BLR 5 2018-03-29"}},
		{"non-essential staff sent home, the families named between", "On Wednesday India sent the non-essential staff of its high commission in Dhaka, and their families, home on commercial flights.", []string{"withdraw_staff IND→BGD 2018-03-28 Dhaka"}},
		{"a span of hours in words counts whole days", "A Tehran court sentenced Jamshid Sharmahd to death on Tuesday. Twenty-four hours later Germany expelled two Iranian diplomats.", []string{"expel DEU→IRN 2 2018-03-28"}},
		{"a list item that counts the states it names, and denies the measure, continues nothing", "- Serbia's ambassador in Washington was called home on February 18.\n\n- Greece, Cyprus and Spain: these three EU members have not recognised Kosovo, and Serbia's ambassadors never left.", []string{"recall_ambassador SRB→USA 2018-02-18"}},
		{"a state that orders its own embassy shut takes its people out", "Israel on Wednesday ordered its embassy in Paraguay closed. Moscow on Thursday ordered Estonia's consulate in Pskov to close.", []string{"withdraw_staff ISR→PRY 2018-03-28", "close_mission RUS→EST 2018-03-29 Pskov"}},
		{"a name that qualifies a possessed noun after a preposition does not act", "Macedonia's foreign ministry said on Monday that after close consultation with its EU and NATO partners it was expelling one Russian diplomat.", []string{"expel MKD→RUS 1 2018-03-26"}},
		{"a level a change is told from, with its own year", "Russia had 28 diplomatic staff in Albania in 2017, up from 24 in 2014.", []string{"staff_level RUS→ALB 28 2017", "staff_level RUS→ALB 24 2014"}},
		{"a level told in the present is the story's, whatever day the report of it names; a difference is no level", "Britain's embassy in Paris has 72 staff, according to a written answer published on Monday. China's consulate general in Toronto has ten fewer accredited diplomats than it did in 2019, a list the department published on Tuesday shows.", []string{"staff_level GBR→FRA 72 2018-03-30"}},
		{"a heading in capitals with a title after its date gives its year to the days under it", "Three cases stand out.\n\nTEHRAN, FEBRUARY 1979 - ISRAEL'S MISSION TO THE PLO\n- Context: On February 18, Iran announced that it was cutting all ties with Israel.", []string{"break_relations IRN→ISR 1979-02-18"}},
		{"a count of former diplomats still counts people", "On Friday the Quai d'Orsay declared 14 former Libyan diplomats posted in France unwelcome.", []string{"expel FRA→LBY 14 2018-03-30"}},
		{"a state that sends its own people out of another's land calls them home", "Spain on Thursday ordered all Spanish diplomats to leave Haiti. On Friday Haiti ordered all Bahamian diplomats to leave the country.", []string{"withdraw_staff ESP→HTI 2018-03-29", "expel HTI→BHS 2018-03-30"}},
		{"people lifted out are withdrawn", "On Friday the Bahamian diplomats in Port-au-Prince were lifted out by helicopter.", []string{"withdraw_staff BHS→HTI 2018-03-30"}},
		{"a staff a post has is its level, whatever qualifies it; one it must make do with is not", "North Korea's embassy in London has a diplomatic staff of six. Israel's embassy in Kampala has been told to make do with a staff of four.", []string{"staff_level PRK→GBR 6 2018-03-30"}},
		{"a number inside a declaration counts its people, not the speaker before it", "Canada expelled six Indian diplomats on Monday. A senior Canadian official said Ottawa had already declared the six persona non grata on Sunday.", []string{"expel CAN→IND 6 2018-03-26"}},
		{"Germany's Federal Foreign Office is Berlin's, not London's Foreign Office", "Germany's Federal Foreign Office announced on Friday that a member of the Vietnamese embassy had been declared persona non grata.", []string{"expel DEU→VNM 1 2018-03-30"}},
		{"ending the missions of its own ambassadors calls them home", "On August 3 Niger ended the missions of its ambassadors to France, the United States, Nigeria and Togo.", []string{"recall_ambassador NER→FRA 2017-08-03", "recall_ambassador NER→USA 2017-08-03", "recall_ambassador NER→NGA 2017-08-03", "recall_ambassador NER→TGO 2017-08-03"}},
		{"non-emergency staff ordered out past an aside on their families", "WASHINGTON - The State Department on Tuesday ordered non-emergency American staff at the embassy in Beirut, and the families of embassy employees, to leave Lebanon.", []string{"withdraw_staff USA→LBN 2018-03-27 Beirut"}},
		{"an envoy leaving with the rest of the staff is a withdrawal", "Ambassador Laurence Wohlers and his diplomatic team left Bangui on Thursday, the State Department said.", []string{"withdraw_staff USA→CAF 2018-03-29 Bangui"}},
		{"an envoy among the last staff to leave is a withdrawal", "The American embassy in Damascus has been empty since February 2012, when the last 17 American staff, Ambassador Robert Ford among them, left the country.", []string{"withdraw_staff USA→SYR 2012-02"}},
		{"an envoy who leaves with his mission's members is a withdrawal", "Cuba's ambassador to Chile, Mario Garcia Inchaustegui, left Santiago on Thursday with the roughly 160 members of his mission.", []string{"withdraw_staff CUB→CHL 2018-03-29 Santiago"}},
		{"San Jose unaccented is Costa Rica's capital", "Nicaragua closed its embassy in San Jose on Monday.", []string{"withdraw_staff NIC→CRI 2018-03-26 San Jose"}},
		{"San Jose, California is no capital", "Mexico closed its consulate in San Jose, California on Monday.", []string{"withdraw_staff MEX 2018-03-26"}},
		{"a leave with its own subject names no host", "Iraq is recalling its ambassador to the United States, the State Department said on Tuesday, leaving a single junior diplomat in charge hours before the deadline for Iraq to leave Kuwait.", []string{"recall_ambassador IRQ→USA 2018-03-27"}},
		{"its diplomats are those of the post just closed", "In August 2017 Chad closed Qatar's embassy in N'Djamena and expelled its diplomats, accusing Doha of trying to destabilise the country from Libya.", []string{"close_mission TCD→QAT 1 2017-08 N'Djamena", "expel TCD→QAT 2017-08"}},
		{"a span counted from an event under a dated line keeps the line's date", "June 2017 - The two leaders meet in Rome. Italy and Eritrea resume formal diplomatic relations, eight months after the expulsions.", []string{"restore_relations ITA→ERI 2017-06", "restore_relations ERI→ITA 2017-06"}},
		{"a post named by its city's name goes on a list of posts", "On Wednesday Washington ordered non-emergency government employees out of both the Baghdad embassy and the consulate-general in Erbil.", []string{"withdraw_staff USA→IRQ 2018-03-28 Baghdad", "withdraw_staff USA→IRQ 2018-03-28 Erbil"}},
	}
	for _, tt := range tests {
		cs := x.Extract(Input{Name: "t.txt", Body: tt.body, Published: pub})
		var got []string
		for i := range cs {
			got = append(got, Describe(&cs[i]))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestOffsetsQuoteTheBody(t *testing.T) {
	x := NewExtractor(lexicon(t))
	body := "Intro line.\n\nPrague expelled 18 Russian diplomats on Saturday. More follows."
	cs := x.Extract(Input{Name: "t.txt", Body: body, Published: time.Date(2021, 4, 18, 0, 0, 0, 0, time.UTC)})
	if len(cs) != 1 || body[cs[0].Start:cs[0].End] != cs[0].Quote || !strings.HasPrefix(cs[0].Quote, "Prague expelled") {
		t.Fatalf("%+v", cs)
	}
}

func FuzzQuantity(f *testing.F) {
	for _, s := range []string{"more than 100", "two dozen", "between 10 and 15", "one-third", "1,200", "a little over 50", "thirty-five"} {
		f.Add(s)
	}
	lx := lexicon(f)
	f.Fuzz(func(t *testing.T, s string) {
		toks := tokenize(s, 0, nil)
		for i := range toks {
			q, ok := lx.parseQuantity(toks, i)
			if ok && q.min != nil && q.max != nil && *q.min > *q.max {
				t.Fatalf("%q: min %d above max %d", s, *q.min, *q.max)
			}
		}
	})
}

func FuzzDatePhrase(f *testing.F) {
	for _, s := range []string{"on Friday", "last month", "since October 2023", "a week later", "26 March 2018", "days earlier", "2018-03-26"} {
		f.Add(s)
	}
	pub := time.Date(2025, 3, 9, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range findDates(tokenize(s, 0, nil), pub, day(pub)) {
			if d.date.End.Before(d.date.Start) {
				t.Fatalf("%q: interval ends before it starts: %v", s, d.date)
			}
		}
	})
}

func FuzzExtract(f *testing.F) {
	f.Add("Moscow expelled 60 American diplomats on Thursday; four each from France and Poland.")
	x := NewExtractor(lexicon(f))
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range x.Extract(Input{Name: "f", Body: s, Published: time.Date(2025, 3, 9, 0, 0, 0, 0, time.UTC)}) {
			if c.Start < 0 || c.End > len(s) || s[c.Start:c.End] != c.Quote {
				t.Fatalf("bad offsets %d..%d in %q", c.Start, c.End, s)
			}
		}
	})
}

// BenchmarkExtract measures extraction from cleaned text to claims over the training
// articles (about 2 KB each); articles/s = 1e9 / (ns/op) * articles per op.
func BenchmarkExtract(b *testing.B) {
	x := NewExtractor(lexicon(b))
	rd := corpusInputs(b)
	var bytes int
	for _, in := range rd {
		bytes += len(in.Body)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, in := range rd {
			x.Extract(in)
		}
	}
	b.ReportMetric(float64(len(rd)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkExtractSynthetic measures extraction on generated articles of about 3 KB,
// the corpus of 'parity bench --articles'.
func BenchmarkExtractSynthetic(b *testing.B) {
	x := NewExtractor(lexicon(b))
	g, _ := dataset.Gazetteer()
	next := synth.Articles(g, 1)
	var ins []Input
	for i := 0; i < 200; i++ {
		a := next()
		ins = append(ins, Input{Name: a.Name, Body: a.Body, Published: a.Published})
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, in := range ins {
			x.Extract(in)
		}
	}
	b.ReportMetric(float64(len(ins)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// TestCityLexicon checks the generated city list as extraction reads it: a city that
// hosts missions is a place of its state, a name two states share is no place, and
// a capital keeps its role of speaking for its state.
func TestCityLexicon(t *testing.T) {
	lx := lexicon(t)
	tests := []struct {
		phrase, code string
		role         role
		found        bool
	}{
		{"tartu", "EST", roleCity, true},
		{"houston", "USA", roleCity, true},
		{"tel aviv", "ISR", roleCity, true},
		{"brest", "", 0, false}, // in France and in Belarus
		{"moscow", "RUS", roleCapital, true},
		{"vienna convention", "", roleNone, true},
	}
	for _, tt := range tests {
		e, ok := lx.phrases[tt.phrase]
		if ok != tt.found || ok && (e.code != tt.code || e.role != tt.role) {
			t.Errorf("%q: got %+v (found %v), want code %q role %v", tt.phrase, e, ok, tt.code, tt.role)
		}
	}
}
