window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Senior Policy Analyst at ESDC | Analyste principale des politiques, EDSC. Views my own / Opinions personnelles. 🌲",
        "website" : "",
        "location" : "Gatineau, QC"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1466129004519092224/Qm3LhT0x.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1873450612/1638301192"
    }
  }
]