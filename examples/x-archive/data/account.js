window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "camille.tn@example.com",
      "createdVia" : "web",
      "username" : "camille_tn",
      "accountId" : "1873450612",
      "createdAt" : "2013-10-09T01:12:44.000Z",
      "accountDisplayName" : "Camille Tremblay-Nguyen"
    }
  }
]